"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentFeedWarRoomDetail(FlashdutyModel):
    """Detail of `i_wr_create` and `i_wr_delete`."""

    integration_id: int = 0
    """Chat (IM) integration in which the war room lives."""
    integration_name: str = ""
    """Its name."""
    plugin_type: str = ""
    """Type of that IM integration."""
    chat_id: str = ""
    """Group chat ID."""
    chat_name: str = ""
    """Group chat name."""
    share_link: str = ""
    """Link to join the chat; `i_wr_create` only."""
