"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class WebhookRobotReference(FlashdutyModel):
    """An escalation rule that uses a robot."""

    channel_id: int | None = None
    """Channel of the rule."""
    channel_name: str | None = None
    """Channel name."""
    escalate_rule_id: str | None = None
    """Escalation rule ID."""
    escalate_rule_name: str | None = None
    """Escalation rule name."""
