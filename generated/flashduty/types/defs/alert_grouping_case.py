"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import filter_condition


class AlertGroupingCase(FlashdutyModel):
    """Grouping keys that apply to the alerts matching a condition."""

    if_: Annotated[
        list[filter_condition.FilterCondition], Field(alias="if", validate_default=True)
    ] = []
    """Conditions that must all match (logical AND)."""
    equals: list[str] = []
    """
    Fields (`title`, `description`, `severity` or `labels.<name>`) that must be equal for matching alerts to group.
    """
