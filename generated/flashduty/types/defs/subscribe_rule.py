"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel

from . import filter_and_group


class SubscribeRule(FlashdutyModel):
    """
    A channel subscription rule. Unverified: known only from the product catalog; this shape mirrors the other channel rules.
    """

    rule_id: str | None = None
    """ID of a channel rule, 24 hexadecimal characters."""
    account_id: int | None = None
    """Owning account."""
    channel_id: int | None = None
    """Channel of the rule."""
    priority: int | None = None
    """Evaluation order; lower goes first."""
    rule_name: str | None = None
    """Name."""
    description: str | None = None
    """Description."""
    filters: list[filter_and_group.FilterAndGroup] | None = None
    status: Literal["enabled", "disabled"] | str | None = None
    """Whether a rule is active."""
    updated_by: int | None = None
    """Member who changed it last."""
    created_at: int | None = None
    """Creation time, Unix seconds."""
    updated_at: int | None = None
    """Last change, Unix seconds."""
