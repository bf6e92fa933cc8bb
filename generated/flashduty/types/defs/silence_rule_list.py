"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import silence_rule


class SilenceRuleList(FlashdutyModel):
    """Silence rules of a channel."""

    items: Annotated[list[silence_rule.SilenceRule], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The rules."""
