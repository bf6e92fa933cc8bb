"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from ..._models import FlashdutyModel

from . import assigned_to as assigned_to_1
from . import webhook_person, webhook_responder


class WebhookIncident(FlashdutyModel):
    """
    The incident as webhook payloads carry it: its state right after the event. Every delivery holds the complete latest state, so a receiver that missed an event can rely on the next one.
    """

    incident_id: str
    """Incident ID, 24 hexadecimal characters."""
    title: str
    """Title."""
    description: str | None = None
    """Free-text description."""
    impact: str | None = None
    """What the incident affects."""
    root_cause: str | None = None
    """Root cause as recorded by responders."""
    resolution: str | None = None
    """How it was resolved."""
    incident_severity: Literal["Critical", "Warning", "Info"] | str
    """How serious an incident is."""
    incident_status: Literal["Critical", "Warning", "Info", "Ok"] | str
    """Status derived from the incident's alerts; `Ok` once they all recovered."""
    progress: Literal["Triggered", "Processing", "Closed"] | str
    """Where the incident stands in its lifecycle."""
    created_at: int
    """Creation time, Unix seconds."""
    updated_at: int
    """Last change, Unix seconds."""
    start_time: int
    """When it was triggered, Unix seconds."""
    last_time: int | None = 0
    """Latest event pushed into any of its alerts, Unix seconds; 0 if none."""
    end_time: int | None = 0
    """
    When it recovered, Unix seconds; 0 while active. An incident recovers by itself once all its alerts have recovered.
    """
    ack_time: int | None = 0
    """Earliest acknowledgement by any responder, Unix seconds; 0 if none."""
    close_time: int | None = 0
    """
    When its progress became `Closed`, Unix seconds; 0 while open. Not the same as `end_time`: recovery closes an incident, but closing one does not mark it recovered.
    """
    snoozed_before: int | None = None
    """Notifications snoozed until this Unix second; 0 if not snoozed."""
    labels: dict[str, str] | None = None
    """Labels of the first alert grouped into it; absent for incidents created by hand."""
    fields: dict[str, Any] | None = None
    """Custom field values by field name; each value's type follows the field's type."""
    creator: webhook_person.WebhookPerson | None = None
    """Who created it; present only for incidents created by hand."""
    closer: webhook_person.WebhookPerson | None = None
    """Who closed it; present only when it was closed by hand."""
    responders: list[webhook_responder.WebhookResponder] | None = None
    """Responders; present once the incident has been assigned, so possibly empty on `i_new`."""
    alert_cnt: int | None = None
    """Number of alerts grouped into it."""
    channel_id: int | None = None
    """Channel it belongs to; 0 when none."""
    channel_name: str | None = None
    """Channel name."""
    detail_url: str
    """Link to the incident in the console."""
    group_method: Literal["n", "p", "i"] | str | None = None
    """How its alerts were grouped - `n` not grouped, `p` by rule, `i` intelligently."""
    account_id: int | None = None
    """Account that owns it (sample only)."""
    account_name: str | None = None
    """Account name (sample only)."""
    assigned_to: assigned_to_1.AssignedTo | None = None
    """Current assignment (sample only)."""
    creator_id: int | None = None
    """Member who created it; 0 when the system did (sample only)."""
    data_source_id: int | None = None
    """Integration that fed it; 0 for manual incidents (sample only)."""
    dedup_key: str | None = None
    """Key that folds repeated alerts into it (sample only)."""
    equals_md5: str | None = None
    """Content hash used to spot identical incidents (sample only)."""
    num: str | None = None
    """Short display number (sample only)."""
    responder_ids: list[int] | None = None
    """Member IDs of its responders (sample only)."""
