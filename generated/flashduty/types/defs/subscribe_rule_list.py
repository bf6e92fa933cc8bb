"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import subscribe_rule


class SubscribeRuleList(FlashdutyModel):
    """Subscription rules of a channel (unverified shape)."""

    items: Annotated[list[subscribe_rule.SubscribeRule], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The rules."""
