"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import FlashdutyModel


class ChannelCreated(FlashdutyModel):
    """The channel just created."""

    channel_id: int = 0
    """ID of the new channel."""
    channel_name: str = ""
    """Its name, as sent."""
    external_report_token: Annotated[str, Field(repr=False)] = ""
    """Token for external reporters; only when external reporting was turned on."""
