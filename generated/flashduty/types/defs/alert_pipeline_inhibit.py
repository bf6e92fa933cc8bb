"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import filter_condition


class AlertPipelineInhibit(FlashdutyModel):
    """Settings of an `alert_inhibit` rule."""

    equals: list[str] | None
    """Label keys whose values must be equal in the source alert and this one."""
    source_filters: list[list[filter_condition.FilterCondition]] | None
    """Active alerts that, when matched, mute this one."""
