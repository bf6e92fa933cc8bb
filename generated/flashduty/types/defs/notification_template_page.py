"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import notification_template
from .page import Page


class NotificationTemplatePage(Page):
    """One page of notification templates."""

    items: list[notification_template.NotificationTemplate] | None
    """Templates on this page."""
