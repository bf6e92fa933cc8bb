"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import channel
from .page import Page


class ChannelPage(Page):
    """One page of channels."""

    items: Annotated[list[channel.Channel], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Channels on this page."""
