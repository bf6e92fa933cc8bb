"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import alert
from .page import Page


class IncidentAlertPage(Page):
    """One page of the alerts grouped into an incident."""

    items: Annotated[list[alert.Alert], Field(validate_default=True)] = []
    """Alerts on this page."""
