"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class WebhookIncidentAlert(FlashdutyModel):
    """An alert as webhook payloads carry it."""

    alert_id: str
    """Alert ID, 24 hexadecimal characters."""
    data_source_id: int
    """Integration that received the alert."""
    title: str
    """Title."""
    title_rule: str | None = None
    """Template the title was rendered from, e.g. `$resource::$check`."""
    description: str | None = None
    """Description."""
    alert_key: str
    """Key that folds events into this alert."""
    alert_severity: Literal["Critical", "Warning", "Info"] | str
    """How serious an incident is."""
    alert_status: Literal["Critical", "Warning", "Info", "Ok"] | str
    """Status or severity of an alert or event; `Ok` means it recovered."""
    progress: Literal["Triggered", "Closed"] | str
    """Whether the alert is still open."""
    created_at: int
    """Creation time, Unix seconds."""
    updated_at: int
    """Last change, Unix seconds."""
    start_time: int
    """First event received for it, Unix seconds."""
    last_time: int
    """Latest event received for it, Unix seconds."""
    end_time: int | None = 0
    """Latest recovery event received for it, Unix seconds; 0 while active."""
    close_time: int | None = 0
    """
    When its progress became `Closed`, Unix seconds; 0 while open. Closing an alert does not mean it recovered.
    """
    labels: dict[str, str] | None = None
    event_cnt: int | None = None
    """Number of events folded into it."""
    account_id: int | None = None
    """Account that owns it (sample only)."""
    responder_id: int | None = None
    """Main responder of its incident; 0 if none (sample only)."""
    responder_name: str | None = None
    """Name of that responder (sample only)."""
    responder_email: str | None = None
    """Email of that responder (sample only)."""
