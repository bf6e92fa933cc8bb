"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import silence_rule


class SilenceRuleList(FlashdutyModel):
    """Silence rules of a channel."""

    items: list[silence_rule.SilenceRule] | None
    """The rules."""
