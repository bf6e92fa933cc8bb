"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentCard(FlashdutyModel):
    """One card of a card view - a group of incidents shown together."""

    title: str = ""
    """Card name."""
    total: int = 0
    """Number of incidents on the card."""
    incident_severity: str = ""
    """Highest severity among them."""
    incident_ids: list[str] = []
    """Incidents on the card."""
