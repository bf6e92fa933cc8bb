"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import notify_rule


class NotifyRuleList(FlashdutyModel):
    """Notification rules of a channel (unverified shape)."""

    items: Annotated[list[notify_rule.NotifyRule], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """The rules."""
