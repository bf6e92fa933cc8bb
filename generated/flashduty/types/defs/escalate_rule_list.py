"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import escalate_rule


class EscalateRuleList(FlashdutyModel):
    """Escalation rules of a channel."""

    items: Annotated[list[escalate_rule.EscalateRule], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The rules, in evaluation order."""
