"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import drop_rule


class DropRuleList(FlashdutyModel):
    """Drop rules of a channel."""

    items: Annotated[list[drop_rule.DropRule], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """The rules."""
