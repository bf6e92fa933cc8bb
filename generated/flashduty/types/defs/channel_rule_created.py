"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ChannelRuleCreated(FlashdutyModel):
    """The rule just created."""

    rule_id: str = ""
    """ID of a channel rule, 24 hexadecimal characters."""
    rule_name: str = ""
    """Name of the rule, as sent."""
