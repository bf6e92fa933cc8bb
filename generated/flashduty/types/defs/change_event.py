"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_dict, FlashdutyModel


class ChangeEvent(FlashdutyModel):
    """One change event as pushed to a change integration."""

    event_id: str = ""
    """Event ID."""
    integration_id: int = 0
    """Change integration that received it."""
    title: str = ""
    """Title."""
    description: str = ""
    """Description."""
    change_key: str = ""
    """Key of the change it belongs to."""
    change_status: Annotated[
        Literal["Planned", "Ready", "Processing", "Canceled", "Done"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """Where a change stands."""
    link: str = ""
    """URL of the change ticket."""
    event_time: int = 0
    """When it happened, Unix seconds."""
    labels: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    account_id: int = 0
    """Account that owns the event."""
    channel_id: int = 0
    """Channel the event is routed to."""
    created_at: int = 0
    """When Flashduty stored the event, Unix seconds."""
    updated_at: int = 0
    """Last change of the stored event, Unix seconds."""
    deleted_at: int = 0
    """When the event was removed, Unix seconds; absent while it exists."""
