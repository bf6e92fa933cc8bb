"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class FeedNotifyChat(FlashdutyModel):
    """A notification delivered, or not, to one group chat."""

    data_source_id: int | None = None
    """IM integration that sent it."""
    chat_id: str | None = None
    """Chat ID."""
    chat_name: str | None = None
    """Chat name."""
    failed_reason: str | None = None
    """Why delivery failed; empty on success."""
