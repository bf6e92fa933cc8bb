"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import status_page_component


class StatusPageSubscriber(FlashdutyModel):
    """Someone who subscribed to a status page's notifications."""

    recipient: str = ""
    """For a public page an email address; for an internal page a user ID."""
    method: Annotated[Literal["email", "im"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """
    How a subscriber is notified: `email` on public pages, `im` (instant messaging, by user ID) on internal pages.
    """
    components: Annotated[list[status_page_component.StatusPageComponent], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Components they follow."""
    all: bool = False
    """Whether they follow every component."""
    locale: str = ""
    """Language of their notifications, e.g. `en-US`."""
