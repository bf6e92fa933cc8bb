"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import webhook_history


class WebhookHistoryPage(FlashdutyModel):
    """One page of webhook delivery attempts."""

    items: list[webhook_history.WebhookHistory] | None
    """Attempts on this page."""
    total: int
    """Number of matching attempts."""
    search_after_ctx: str
    """Cursor for the next page; empty on the last page."""
