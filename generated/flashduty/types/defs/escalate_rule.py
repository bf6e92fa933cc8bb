"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel

from . import escalate_layer, filter_condition, recurring_time_window


class EscalateRule(FlashdutyModel):
    """
    An escalation rule: which incidents it covers (`filters`, `time_filters`) and who is notified, level by level.
    """

    rule_id: str
    """ID of a channel rule, 24 hexadecimal characters."""
    account_id: int
    """Owning account."""
    channel_id: int
    """Channel of the rule."""
    channel_name: str | None = None
    """Channel name, filled in by listings that span channels."""
    priority: int
    """Evaluation order; lower goes first."""
    aggr_window: int
    """Seconds notifications are batched; 0 for none."""
    rule_name: str
    """Name."""
    description: str
    """Description."""
    template_id: str
    """Notification template."""
    layers: list[escalate_layer.EscalateLayer] | None
    """Escalation levels, in order."""
    time_filters: list[recurring_time_window.RecurringTimeWindow] | None
    """When the rule applies; empty means always."""
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
