"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ChannelIncidentCounts(FlashdutyModel):
    """Open incidents of the channel over the last 30 days, by progress (capped at 1000)."""

    Triggered: int = 0
    """Incidents not yet acknowledged."""
    Processing: int = 0
    """Incidents being handled."""
