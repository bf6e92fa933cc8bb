"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import alert_event, alert_incident, image


class Alert(FlashdutyModel):
    """
    An alert: the events sharing one `alert_key` within an integration, folded together, with the incident it was grouped into.
    """

    alert_id: str = ""
    """Alert ID, 24 hexadecimal characters."""
    account_id: int = 0
    """Account that owns the alert."""
    channel_id: int = 0
    """Receiving channel; 0 if the alert reached no channel."""
    channel_name: str = ""
    """Channel name."""
    channel_status: str = ""
    """Channel status, e.g. `enabled` or `disabled`."""
    integration_id: int = 0
    """Integration that received the alert."""
    integration_name: str = ""
    """Integration name."""
    integration_type: str = ""
    """Integration type, e.g. `prometheus.alert`."""
    integration_ref_id: str = ""
    """Reference ID of the integration."""
    title: str = ""
    """Title."""
    title_rule: str = ""
    """Template the title was rendered from, e.g. `$service::$cluster`."""
    description: str = ""
    """Description; plain text, Markdown or HTML."""
    alert_key: str = ""
    """Key that folds events into this alert."""
    alert_severity: Annotated[
        Literal["Critical", "Warning", "Info", "Ok"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """How serious the alert is; `Ok` once it recovered."""
    alert_status: Annotated[Literal["Critical", "Warning", "Info", "Ok"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """Where the alert stands now; `Ok` once it recovered."""
    start_time: int = 0
    """When it fired, Unix seconds."""
    last_time: int = 0
    """When the latest event was folded in, Unix seconds."""
    end_time: int = 0
    """When it recovered or was closed, Unix seconds; 0 while active."""
    created_at: int = 0
    """Record creation time, Unix seconds (usually `start_time`)."""
    updated_at: int = 0
    """Last change of any kind, Unix seconds."""
    deleted_at: int = 0
    """When it was deleted, Unix seconds; 0 if not."""
    labels: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    ever_muted: bool = False
    """Whether a silence or inhibit rule ever matched it."""
    responder_name: str = ""
    """Name of the main responder of its incident, if any."""
    responder_email: str = ""
    """Email of that responder, if any."""
    event_cnt: int = 0
    """Events folded into the alert so far."""
    incident: alert_incident.AlertIncident | None = None
    events: Annotated[list[alert_event.AlertEvent], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Its recent events; only some operations fill this in."""
    images: Annotated[list[image.Image], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Attached images."""
    data_source_id: int = 0
    """Old name of `integration_id`."""
    data_source_name: str = ""
    """Old name of `integration_name`."""
    data_source_type: str = ""
    """Old name of `integration_type`."""
    data_source_ref_id: str = ""
    """Old name of `integration_ref_id`."""
