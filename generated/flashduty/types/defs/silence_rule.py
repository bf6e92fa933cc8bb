"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel

from . import filter_and_group, once_time_window, recurring_time_window


class SilenceRule(FlashdutyModel):
    """
    A silence rule: alerts matching `filters` during its time window are muted (or dropped when `is_directly_discard`).
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
    from_incident_id: str | None = None
    """Incident the rule was quickly created from; all zeros when none."""
    time_filter: once_time_window.OnceTimeWindow | None
    time_filters: list[recurring_time_window.RecurringTimeWindow] | None
    """Recurring windows, when the rule is not a one-off."""
    filters: list[filter_and_group.FilterAndGroup] | None
    is_directly_discard: bool
    """Matching alerts are discarded instead of kept muted."""
    is_effective: bool
    """The current time falls inside the rule's window."""
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
