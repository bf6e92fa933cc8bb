"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import filter_and_group, once_time_window, recurring_time_window


class SilenceRule(FlashdutyModel):
    """
    A silence rule: alerts matching `filters` during its time window are muted (or dropped when `is_directly_discard`).
    """

    is_auto_delete: bool = False
    """Whether the rule deletes itself once its window has passed."""
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
    from_incident_id: str = ""
    """Incident the rule was quickly created from; all zeros when none."""
    time_filter: once_time_window.OnceTimeWindow | None = None
    time_filters: Annotated[list[recurring_time_window.RecurringTimeWindow], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Recurring windows, when the rule is not a one-off."""
    filters: Annotated[list[filter_and_group.FilterAndGroup], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """
    Filter tree in disjunctive form: the outer list is OR-ed, each inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`. Empty or absent usually means "match everything".
    """
    is_directly_discard: bool = False
    """Matching alerts are discarded instead of kept muted."""
    is_effective: bool = False
    """The current time falls inside the rule's window."""
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
