"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import schedule
from .page import Page


class SchedulePage(Page):
    """One page of schedules."""

    items: Annotated[list[schedule.Schedule], Field(validate_default=True)] = []
    """Schedules on this page."""
