"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import escalate_layer, filter_condition, recurring_time_window


class EscalateRule(FlashdutyModel):
    """
    An escalation rule: which incidents it covers (`filters`, `time_filters`) and who is notified, level by level.
    """

    rule_id: str = ""
    """ID of a channel rule, 24 hexadecimal characters."""
    account_id: int = 0
    """Owning account."""
    channel_id: int = 0
    """Channel of the rule."""
    channel_name: str = ""
    """Channel name, filled in by listings that span channels."""
    priority: int = 0
    """Evaluation order; lower goes first."""
    aggr_window: int = 0
    """Seconds notifications are batched; 0 for none."""
    rule_name: str = ""
    """Name."""
    description: str = ""
    """Description."""
    template_id: str = ""
    """Notification template."""
    layers: Annotated[list[escalate_layer.EscalateLayer], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Escalation levels, in order."""
    time_filters: Annotated[list[recurring_time_window.RecurringTimeWindow], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """When the rule applies; empty means always."""
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
