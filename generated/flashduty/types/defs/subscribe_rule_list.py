"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import subscribe_rule


class SubscribeRuleList(FlashdutyModel):
    """Subscription rules of a channel (unverified shape)."""

    items: list[subscribe_rule.SubscribeRule] | None
    """The rules."""
