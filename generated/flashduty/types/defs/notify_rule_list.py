"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import notify_rule


class NotifyRuleList(FlashdutyModel):
    """Notification rules of a channel (unverified shape)."""

    items: list[notify_rule.NotifyRule] | None
    """The rules."""
