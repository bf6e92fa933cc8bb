"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentFeedCustomActionDetail(FlashdutyModel):
    """Detail of `i_custom`."""

    integration_id: int = 0
    """Custom action integration that ran."""
    integration_name: str = ""
    """Its name."""
