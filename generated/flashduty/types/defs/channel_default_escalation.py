"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import escalate_target


class ChannelDefaultEscalation(FlashdutyModel):
    """Escalation rule created together with a new channel - one level notifying `target`."""

    aggr_window: int = 0
    """Seconds to batch notifications; 0 sends each at once."""
    template_id: str = ""
    """Notification template ID."""
    target: escalate_target.EscalateTarget | None = None
