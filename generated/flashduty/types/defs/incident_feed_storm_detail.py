"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentFeedStormDetail(FlashdutyModel):
    """Detail of `i_storm`."""

    threshold: int = 0
    """Alert count that triggered the storm warning."""
