"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import webhook_history


class WebhookHistoryPage(FlashdutyModel):
    """One page of webhook delivery attempts."""

    items: Annotated[list[webhook_history.WebhookHistory], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Attempts on this page."""
    total: int = 0
    """Number of matching attempts."""
    search_after_ctx: str = ""
    """Cursor for the next page; empty on the last page."""
