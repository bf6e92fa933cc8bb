"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import filter_condition


class AlertPipelineInhibit(FlashdutyModel):
    """Settings of an `alert_inhibit` rule."""

    equals: list[str] = []
    """Label keys whose values must be equal in the source alert and this one."""
    source_filters: Annotated[
        list[list[filter_condition.FilterCondition]], Field(validate_default=True)
    ] = []
    """Active alerts that, when matched, mute this one."""
