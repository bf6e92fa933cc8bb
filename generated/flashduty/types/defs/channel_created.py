"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ChannelCreated(FlashdutyModel):
    """The channel just created."""

    channel_id: int = 0
    """ID of the new channel."""
    channel_name: str = ""
    """Its name, as sent."""
    external_report_token: str = ""
    """Token for external reporters; only when external reporting was turned on."""
