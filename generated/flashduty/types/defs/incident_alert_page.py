"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import alert
from .page import Page


class IncidentAlertPage(Page):
    """One page of the alerts grouped into an incident."""

    items: list[alert.Alert] | None
    """Alerts on this page."""
