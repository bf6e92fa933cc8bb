"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from pydantic import RootModel

from . import filter_condition


class FilterAndGroup(RootModel[list[filter_condition.FilterCondition]]):
    """Conditions that must all match (logical AND)."""

    root: list[filter_condition.FilterCondition]
    """Conditions that must all match (logical AND)."""
