"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import filter_condition


class DropRule(FlashdutyModel):
    """
    A drop rule (API name "unsubscribe"): alerts matching `filters` are discarded before they reach the channel.
    """

    rule_id: str = ""
    """ID of a channel rule, 24 hexadecimal characters."""
    account_id: int = 0
    """Owning account."""
    channel_id: int = 0
    """Channel of the rule."""
    priority: int = 0
    """Evaluation order; lower goes first."""
    rule_name: str = ""
    """Name."""
    description: str = ""
    """Description."""
    filters: Annotated[list[list[filter_condition.FilterCondition]], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """
    Filter tree in disjunctive form: the outer list is OR-ed, each inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`. Empty or absent usually means "match everything".
    """
    status: Annotated[Literal["enabled", "disabled"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether a rule is active."""
    updated_by: int = 0
    """Member who changed it last."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    deleted_at: int = 0
    """Unix seconds at which the rule was deleted; present on deleted rules alone."""
