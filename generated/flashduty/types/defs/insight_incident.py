"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Any, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import assigned_to as assigned_to_1
from . import responder


class InsightIncident(FlashdutyModel):
    """
    An incident as the analytics incident list shows it: where it ran, how it was handled, and how much notifying, assigning and escalating it caused.
    """

    alert_cnt: int = 0
    """Alerts grouped into the incident."""
    active_alert_cnt: int = 0
    """Of those, alerts still firing."""
    alert_event_cnt: int = 0
    """Raw alert events behind the incident."""
    owner_id: int = 0
    """Member who owns the incident."""
    owner_name: str = ""
    """Name of the owner."""
    closer_id: int = 0
    """Member who closed it, when a person did."""
    closer_name: str = ""
    """Name of that member."""
    snoozed_before: int = 0
    """End of the current snooze, Unix seconds; 0 when not snoozed."""
    ever_muted: bool = False
    """Whether the incident was muted at some point."""
    frequency: Annotated[Literal["frequent", "rare"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether incidents like this one happen often."""
    incident_id: str = ""
    """Incident ID, 24 hexadecimal characters."""
    title: str = ""
    """Title."""
    description: str = ""
    """Description."""
    team_id: int = 0
    """Team owning the incident's channel."""
    team_name: str = ""
    """Team name."""
    channel_id: int = 0
    """Channel of the incident."""
    channel_name: str = ""
    """Channel name."""
    progress: str = ""
    """Lifecycle state, e.g. `Triggered`, `Processing` or `Closed`."""
    severity: Annotated[Literal["Critical", "Warning", "Info", "Ok"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """Status derived from the incident's alerts; `Ok` once they all recovered."""
    created_at: int = 0
    """When it was triggered, Unix seconds."""
    closed_by: Annotated[Literal["auto", "timeout", "manually", ""] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """
    How it was closed - alerts recovered, auto-close timeout, or by a person; empty while open.
    """
    seconds_to_ack: int = 0
    """Time from trigger to first acknowledgement, seconds."""
    seconds_to_close: int = 0
    """Time from trigger to close, seconds."""
    engaged_seconds: int = 0
    """Once closed: time from each responder's acknowledgement to the close, summed, seconds."""
    hours: Annotated[Literal["work", "sleep", False] | EnumValue, OPEN_ENUM] = EnumValue("")
    """
    Part of the day an incident started in, by the account's hour settings: working hours, sleeping hours or other off hours.
    """
    responders: Annotated[list[responder.Responder], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Current responders."""
    assigned_to: assigned_to_1.AssignedTo | None = None
    labels: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    fields: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Map from custom field name to its value."""
    notifications: int = 0
    """Notifications sent for it over all channels."""
    interruptions: int = 0
    """Interrupting notifications (SMS, voice, app push); bursts within a minute count once."""
    assignments: int = 0
    """Times it was assigned."""
    reassignments: int = 0
    """Times it was reassigned."""
    acknowledgements: int = 0
    """Times it was acknowledged."""
    escalations: int = 0
    """Times it was escalated."""
    timeout_escalations: int = 0
    """Escalations because nobody acknowledged in time."""
    manual_escalations: int = 0
    """Escalations made by a person."""
    creator_id: int = 0
    """Member who created it; 0 when the system did."""
    creator_name: str = ""
    """Creator's name."""
