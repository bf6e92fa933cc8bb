"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import past_incident


class PastIncidentList(FlashdutyModel):
    """Similar past incidents, most relevant first."""

    items: list[past_incident.PastIncident] | None
    """The similar incidents."""
