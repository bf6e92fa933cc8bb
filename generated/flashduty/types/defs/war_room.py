"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class WarRoom(FlashdutyModel):
    """
    A war room as the chat tool reports it right now. The server answers an empty object when the group was dissolved outside Flashduty.
    """

    chat_id: str = ""
    """Group chat ID in the chat tool."""
    chat_name: str = ""
    """Group chat name."""
    share_link: str = ""
    """Link to join the group, when the chat tool offers one; may be empty."""
