"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import channel
from .page import Page


class ChannelPage(Page):
    """One page of channels."""

    items: list[channel.Channel] | None
    """Channels on this page."""
