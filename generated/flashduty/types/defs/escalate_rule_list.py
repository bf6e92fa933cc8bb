"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import escalate_rule


class EscalateRuleList(FlashdutyModel):
    """Escalation rules of a channel."""

    items: list[escalate_rule.EscalateRule] | None
    """The rules, in evaluation order."""
