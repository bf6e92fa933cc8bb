"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel

from . import filter_and_group


class InhibitRule(FlashdutyModel):
    """
    An inhibit rule: while an alert matching `source_filters` is active, alerts matching `target_filters` that share the `equals` fields are suppressed.
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
    source_filters: list[filter_and_group.FilterAndGroup] | None
    target_filters: list[filter_and_group.FilterAndGroup] | None
    equals: list[str] | None
    """
    Fields that must be equal between source and target alerts - attributes (`title`, `severity`, `status`…) or `labels.<name>`.
    """
    is_directly_discard: bool
    """Suppressed alerts are discarded instead of kept."""
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
