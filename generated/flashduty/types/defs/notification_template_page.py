"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import notification_template
from .page import Page


class NotificationTemplatePage(Page):
    """One page of notification templates."""

    items: Annotated[
        list[notification_template.NotificationTemplate], Field(validate_default=True)
    ] = []
    """Templates on this page."""
