"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class AlertCardView(FlashdutyModel):
    """A saved way of grouping the alert list into cards."""

    view_id: str = ""
    """View ID."""
    view_name: str = ""
    """View name."""
    priority: int = 0
    """Display order."""
    equals: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Fields whose values must match for alerts to share a card: `labels.<key>` for a label, or an attribute such as `alert_severity`, `title`, `alert_status` or `data_source_id`.
    """
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
