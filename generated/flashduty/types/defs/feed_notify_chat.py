"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class FeedNotifyChat(FlashdutyModel):
    """A notification delivered, or not, to one group chat."""

    data_source_id: int = 0
    """IM integration that sent it."""
    chat_id: str = ""
    """Chat ID."""
    chat_name: str = ""
    """Chat name."""
    failed_reason: str = ""
    """Why delivery failed; empty on success."""
