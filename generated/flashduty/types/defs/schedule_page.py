"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import schedule
from .page import Page


class SchedulePage(Page):
    """One page of schedules."""

    items: Annotated[list[schedule.Schedule], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Schedules on this page."""
