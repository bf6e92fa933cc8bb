"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import inhibit_rule


class InhibitRuleList(FlashdutyModel):
    """Inhibit rules of a channel."""

    items: list[inhibit_rule.InhibitRule] | None
    """The rules."""
