"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import filter_and_group


class InhibitRule(FlashdutyModel):
    """
    An inhibit rule: while an alert matching `source_filters` is active, alerts matching `target_filters` that share the `equals` fields are suppressed.
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
    source_filters: Annotated[list[filter_and_group.FilterAndGroup], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Conditions an alert must meet to inhibit others."""
    target_filters: Annotated[list[filter_and_group.FilterAndGroup], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Conditions of the alerts that get inhibited."""
    equals: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Fields that must be equal between source and target alerts - attributes (`title`, `severity`, `status`…) or `labels.<name>`.
    """
    is_directly_discard: bool = False
    """Suppressed alerts are discarded instead of kept."""
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
