"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentFeedAckDetail(FlashdutyModel):
    """Detail of `i_ack` and `i_unack`."""

    progress: str = ""
    """Progress the incident was in."""
