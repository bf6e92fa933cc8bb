"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import schedule
from .page import Page


class SchedulePage(Page):
    """One page of schedules."""

    items: list[schedule.Schedule] | None
    """Schedules on this page."""
