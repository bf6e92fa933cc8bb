"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel

from . import image


class AlertEvent(FlashdutyModel):
    """One raw event as an integration received it, before folding into an alert."""

    event_id: str
    """Alert event ID, 24 hexadecimal characters."""
    alert_id: str
    """Alert ID, 24 hexadecimal characters."""
    account_id: int | None = None
    """Account that owns the event."""
    channel_id: int
    """Receiving channel of the event."""
    integration_id: int
    """Integration that received the event."""
    integration_type: str | None = None
    """Type of that integration."""
    title: str
    """Title."""
    title_rule: str
    """Template the title was rendered from."""
    description: str | None = None
    """Description."""
    alert_key: str | None = None
    """Key that folded the event into its alert."""
    event_severity: Literal["Critical", "Warning", "Info", "Ok"] | str
    """Status or severity of an alert or event; `Ok` means it recovered."""
    event_status: Literal["Critical", "Warning", "Info", "Ok"] | str
    """Status or severity of an alert or event; `Ok` means it recovered."""
    event_time: int
    """When the event happened, Unix seconds."""
    labels: dict[str, str] | None = None
    images: list[image.Image] | None = None
    """Attached images."""
    created_at: int | None = None
    """Record creation time, Unix seconds."""
    updated_at: int | None = None
    """Record update time, Unix seconds."""
    deleted_at: int | None = None
    """When it was deleted, Unix seconds; 0 if not."""
    data_source_id: int | None = None
    """Old name of `integration_id`."""
