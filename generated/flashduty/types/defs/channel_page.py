"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import channel
from .page import Page


class ChannelPage(Page):
    """One page of channels."""

    items: Annotated[list[channel.Channel], Field(validate_default=True)] = []
    """Channels on this page."""
