"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import automation_rule


class AutomationRuleList(FlashdutyModel):
    """One page of automation rules."""

    total: int = 0
    """Number of matches over all pages."""
    rules: Annotated[list[automation_rule.AutomationRule], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The rules of this page."""
