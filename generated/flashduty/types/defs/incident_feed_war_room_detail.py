"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentFeedWarRoomDetail(FlashdutyModel):
    """Detail of `i_wr_create` and `i_wr_delete`."""

    integration_id: int | None = None
    """Chat (IM) integration in which the war room lives."""
    integration_name: str | None = None
    """Its name."""
    plugin_type: str | None = None
    """Type of that IM integration."""
    chat_id: str | None = None
    """Group chat ID."""
    chat_name: str | None = None
    """Group chat name."""
    share_link: str | None = None
    """Link to join the chat; `i_wr_create` only."""
