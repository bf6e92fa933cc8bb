"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import image


class AlertEvent(FlashdutyModel):
    """One raw event as an integration received it, before folding into an alert."""

    event_id: str = ""
    """Alert event ID, 24 hexadecimal characters."""
    alert_id: str = ""
    """Alert ID, 24 hexadecimal characters."""
    account_id: int = 0
    """Account that owns the event."""
    channel_id: int = 0
    """Receiving channel of the event."""
    integration_id: int = 0
    """Integration that received the event."""
    integration_type: str = ""
    """Type of that integration."""
    title: str = ""
    """Title."""
    title_rule: str = ""
    """Template the title was rendered from."""
    description: str = ""
    """Description."""
    alert_key: str = ""
    """Key that folded the event into its alert."""
    event_severity: Annotated[
        Literal["Critical", "Warning", "Info", "Ok"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """How serious the event said the alert is."""
    event_status: Annotated[Literal["Critical", "Warning", "Info", "Ok"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """State the event reported; `Ok` for a recovery."""
    event_time: int = 0
    """When the event happened, Unix seconds."""
    labels: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    images: Annotated[list[image.Image], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Attached images."""
    created_at: int = 0
    """Record creation time, Unix seconds."""
    updated_at: int = 0
    """Record update time, Unix seconds."""
    deleted_at: int = 0
    """When it was deleted, Unix seconds; 0 if not."""
    data_source_id: int = 0
    """Old name of `integration_id`."""
