"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from ..._models import FlashdutyModel

from . import assigned_to as assigned_to_1
from . import responder


class InsightIncident(FlashdutyModel):
    """
    An incident as the analytics incident list shows it: where it ran, how it was handled, and how much notifying, assigning and escalating it caused.
    """

    incident_id: str | None = None
    """Incident ID, 24 hexadecimal characters."""
    title: str | None = None
    """Title."""
    description: str | None = None
    """Description."""
    team_id: int | None = None
    """Team owning the incident's channel."""
    team_name: str | None = None
    """Team name."""
    channel_id: int | None = None
    """Channel of the incident."""
    channel_name: str | None = None
    """Channel name."""
    progress: str | None = None
    """Lifecycle state, e.g. `Triggered`, `Processing` or `Closed`."""
    severity: Literal["Critical", "Warning", "Info", "Ok"] | str | None = None
    """Status derived from the incident's alerts; `Ok` once they all recovered."""
    created_at: int | None = None
    """When it was triggered, Unix seconds."""
    closed_by: Literal["auto", "timeout", "manually"] | str | None = None
    """How it was closed - alerts recovered, auto-close timeout, or by a person."""
    seconds_to_ack: int | None = None
    """Time from trigger to first acknowledgement, seconds."""
    seconds_to_close: int | None = None
    """Time from trigger to close, seconds."""
    engaged_seconds: int | None = None
    """Once closed: time from each responder's acknowledgement to the close, summed, seconds."""
    hours: Literal["work", "sleep", False] | str | None = None
    """
    Part of the day an incident started in, by the account's hour settings: working hours, sleeping hours or other off hours.
    """
    responders: list[responder.Responder] | None = None
    """Current responders."""
    assigned_to: assigned_to_1.AssignedTo | None = None
    labels: dict[str, str] | None = None
    fields: dict[str, Any] | None = None
    """Map from custom field name to its value."""
    notifications: int | None = None
    """Notifications sent for it over all channels."""
    interruptions: int | None = None
    """Interrupting notifications (SMS, voice, app push); bursts within a minute count once."""
    assignments: int | None = None
    """Times it was assigned."""
    reassignments: int | None = None
    """Times it was reassigned."""
    acknowledgements: int | None = None
    """Times it was acknowledged."""
    escalations: int | None = None
    """Times it was escalated."""
    timeout_escalations: int | None = None
    """Escalations because nobody acknowledged in time."""
    manual_escalations: int | None = None
    """Escalations made by a person."""
    creator_id: int | None = None
    """Member who created it; 0 when the system did."""
    creator_name: str | None = None
    """Creator's name."""
