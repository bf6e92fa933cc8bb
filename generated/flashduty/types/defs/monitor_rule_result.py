"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorRuleResult(FlashdutyModel):
    """Outcome for one rule of a batch operation."""

    name: str = ""
    """The rule's name; `id: <id>` instead when the rule could not be looked up."""
    message: str = ""
    """
    Why the rule failed, or empty if it succeeded. The move operation can also return a localised success note here.
    """
