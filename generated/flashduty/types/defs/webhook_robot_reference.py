"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class WebhookRobotReference(FlashdutyModel):
    """An escalation rule that uses a robot."""

    channel_id: int = 0
    """Channel of the rule."""
    channel_name: str = ""
    """Channel name."""
    escalate_rule_id: str = ""
    """Escalation rule ID."""
    escalate_rule_name: str = ""
    """Escalation rule name."""
