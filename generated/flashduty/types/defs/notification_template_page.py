"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import notification_template
from .page import Page


class NotificationTemplatePage(Page):
    """One page of notification templates."""

    items: Annotated[list[notification_template.NotificationTemplate], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Templates on this page."""
