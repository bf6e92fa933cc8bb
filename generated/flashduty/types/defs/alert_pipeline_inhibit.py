"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import filter_condition


class AlertPipelineInhibit(FlashdutyModel):
    """Settings of an `alert_inhibit` rule."""

    equals: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Label keys whose values must be equal in the source alert and this one."""
    source_filters: Annotated[
        list[filter_condition.FilterCondition | list[filter_condition.FilterCondition]],
        NULL_AS_EMPTY,
    ] = Field(default_factory=new_list)
    """Active alerts that, when matched, mute this one (either filter form)."""
