"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel

from . import filter_condition


class DropRule(FlashdutyModel):
    """
    A drop rule (API name "unsubscribe"): alerts matching `filters` are discarded before they reach the channel.
    """

    rule_id: str
    """ID of a channel rule, 24 hexadecimal characters."""
    account_id: int
    """Owning account."""
    channel_id: int
    """Channel of the rule."""
    priority: int
    """Evaluation order; lower goes first."""
    rule_name: str
    """Name."""
    description: str
    """Description."""
    filters: list[list[filter_condition.FilterCondition]] | None
    status: Literal["enabled", "disabled"] | str
    """Whether a rule is active."""
    updated_by: int
    """Member who changed it last."""
    created_at: int
    """Creation time, Unix seconds."""
    updated_at: int
    """Last change, Unix seconds."""
    deleted_at: int | None = None
    """Unix seconds at which the rule was deleted; present on deleted rules alone."""
