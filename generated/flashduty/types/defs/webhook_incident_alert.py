"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_dict, FlashdutyModel


class WebhookIncidentAlert(FlashdutyModel):
    """An alert as webhook payloads carry it."""

    alert_id: str = ""
    """Alert ID, 24 hexadecimal characters."""
    data_source_id: int = 0
    """Integration that received the alert."""
    title: str = ""
    """Title."""
    title_rule: str = ""
    """Template the title was rendered from, e.g. `$resource::$check`."""
    description: str = ""
    """Description."""
    alert_key: str = ""
    """Key that folds events into this alert."""
    alert_severity: Annotated[Literal["Critical", "Warning", "Info"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """How serious an incident is."""
    alert_status: Annotated[Literal["Critical", "Warning", "Info", "Ok"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """Status or severity of an alert or event; `Ok` means it recovered."""
    progress: Annotated[Literal["Triggered", "Closed"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether the alert is still open."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    start_time: int = 0
    """First event received for it, Unix seconds."""
    last_time: int = 0
    """Latest event received for it, Unix seconds."""
    end_time: int = 0
    """Latest recovery event received for it, Unix seconds; 0 while active."""
    close_time: int = 0
    """
    When its progress became `Closed`, Unix seconds; 0 while open. Closing an alert does not mean it recovered.
    """
    labels: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    event_cnt: int = 0
    """Number of events folded into it."""
    account_id: int = 0
    """Account that owns it (sample only)."""
    responder_id: int = 0
    """Main responder of its incident; 0 if none (sample only)."""
    responder_name: str = ""
    """Name of that responder (sample only)."""
    responder_email: str = ""
    """Email of that responder (sample only)."""
