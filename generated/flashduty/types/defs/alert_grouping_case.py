"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import filter_condition


class AlertGroupingCase(FlashdutyModel):
    """Grouping keys that apply to the alerts matching a condition."""

    if_: Annotated[list[filter_condition.FilterCondition], Field(alias="if"), NULL_AS_EMPTY] = (
        Field(default_factory=new_list)
    )
    """Conditions that must all match (logical AND)."""
    equals: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Fields (`title`, `description`, `severity` or `labels.<name>`) that must be equal for matching alerts to group.
    """
