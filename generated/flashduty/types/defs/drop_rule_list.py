"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import drop_rule


class DropRuleList(FlashdutyModel):
    """Drop rules of a channel."""

    items: list[drop_rule.DropRule] | None
    """The rules."""
