"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import (
    alert_pipeline_description_reset,
    alert_pipeline_drop,
    alert_pipeline_inhibit,
    alert_pipeline_severity_reset,
    alert_pipeline_title_reset,
    filter_condition,
)


class AlertPipelineRule(FlashdutyModel):
    """One processing rule; `settings` takes the shape that matches `kind`."""

    kind: Annotated[
        Literal["title_reset", "description_reset", "severity_reset", "alert_drop", "alert_inhibit"]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """What the rule does."""
    if_: Annotated[
        list[filter_condition.FilterCondition | list[filter_condition.FilterCondition]],
        Field(alias="if"),
        NULL_AS_EMPTY,
    ] = Field(default_factory=new_list)
    """
    Alerts the rule applies to (conditions that must all hold; the older OR-of-AND form is accepted too); every alert when empty or null.
    """
    settings: (
        alert_pipeline_title_reset.AlertPipelineTitleReset
        | alert_pipeline_description_reset.AlertPipelineDescriptionReset
        | alert_pipeline_severity_reset.AlertPipelineSeverityReset
        | alert_pipeline_inhibit.AlertPipelineInhibit
        | alert_pipeline_drop.AlertPipelineDrop
        | None
    ) = None
    """Settings of the rule, shaped by `kind`."""
