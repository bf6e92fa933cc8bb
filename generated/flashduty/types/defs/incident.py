"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from ..._models import FlashdutyModel

from . import alert
from . import assigned_to as assigned_to_1
from . import image, link_item, person_short, responder


class Incident(FlashdutyModel):
    """An incident and everything the console shows about it."""

    incident_id: str
    """Incident ID, 24 hexadecimal characters."""
    account_id: int
    """Account that owns the incident."""
    channel_id: int
    """Channel of the incident; 0 when it belongs to none."""
    integration_id: int
    """First integration that fed the incident."""
    integration_ids: list[int] | None
    """Every integration whose alerts joined the incident."""
    integration_types: list[str] | None
    """Types of those integrations, e.g. `monit.alert`."""
    dedup_key: str
    """Key that folds repeated alerts into this incident."""
    equals_md5: str
    """Content hash used to spot identical incidents."""
    start_time: int
    """When it started, Unix seconds."""
    end_time: int
    """When it ended, Unix seconds; 0 while active."""
    last_time: int
    """Latest activity, Unix seconds."""
    ack_time: int
    """First acknowledgement, Unix seconds; 0 if none."""
    close_time: int
    """When it was closed, Unix seconds; 0 while open."""
    creator_id: int
    """Member who opened it; 0 when the system did."""
    closer_id: int
    """Member who closed it; 0 when the system did."""
    owner_id: int
    """Owning member; 0 when unset."""
    incident_status: Literal["Critical", "Warning", "Info", "Ok"] | str
    """Status derived from the incident's alerts; `Ok` once they all recovered."""
    incident_severity: Literal["Critical", "Warning", "Info", "Ok"] | str
    """Status derived from the incident's alerts; `Ok` once they all recovered."""
    progress: Literal["Triggered", "Processing", "Closed"] | str
    """Where the incident stands in its lifecycle."""
    title: str
    """Title."""
    description: str
    """Free-text description."""
    ai_summary: str
    """Summary written by the AI assistant."""
    impact: str
    """What the incident affects."""
    root_cause: str
    """Root cause as recorded by responders."""
    resolution: str
    """How it was resolved."""
    num: str
    """Brief number for display; two incidents may share one."""
    frequency: Literal["frequent", "rare"] | str | None = None
    """Whether incidents like this one are common or rare."""
    deleted_at: int | None = None
    """When it was deleted, Unix seconds; 0 if not."""
    created_at: int
    """Creation time, Unix seconds."""
    updated_at: int
    """Last change, Unix seconds."""
    snoozed_before: int
    """Notifications paused until this Unix second; 0 if not snoozed."""
    group_method: Literal["i", "p", "n"] | str
    """How alerts were grouped - `i` intelligent, `p` by pattern, `n` not grouped."""
    ever_muted: bool
    """Whether a silence rule ever matched it."""
    labels: dict[str, str] | None
    fields: dict[str, Any] | None
    """Map from custom field name to its value."""
    assigned_to: assigned_to_1.AssignedTo | None
    reporter_email: str | None = None
    """Email of whoever reported a manually created incident."""
    alert_cnt: int
    """Alerts merged into it."""
    active_alert_cnt: int
    """Merged alerts still firing."""
    alert_event_cnt: int
    """Raw alert events across its alerts."""
    alerts: list[alert.Alert] | None = None
    """
    Its alerts; only filled in when the incident is rendered for notification templates or sent to custom actions.
    """
    closer: person_short.PersonShort | None = None
    creator: person_short.PersonShort | None = None
    owner: person_short.PersonShort | None = None
    responders: list[responder.Responder] | None
    """Members responding, with when they were assigned and acknowledged."""
    account_name: str
    """Account name."""
    account_locale: str
    """Account locale."""
    account_time_zone: str
    """Account time zone."""
    channel_name: str
    """Channel name."""
    channel_status: str
    """Channel status, e.g. `enabled`."""
    detail_url: str
    """Console page of the incident."""
    silence_url: str
    """Console link that starts a silence rule for it."""
    links: list[link_item.LinkItem] | None = None
    """Links the channel renders for this incident."""
    integration_type: str | None = None
    """Integration type of the first alert."""
    post_mortem_id: str
    """Post-mortem written for it, if any."""
    images: list[image.Image] | None
    """Attached images."""
    manual_overrides: list[str] | None
    """Fields a person edited after they were filled in automatically."""
    data_source_id: int | None = None
    """Old name of `integration_id`."""
    data_source_ids: list[int] | None = None
    """Old name of `integration_ids`."""
    data_source_type: str | None = None
    """Old name of `integration_type`."""
    data_source_types: list[str] | None = None
    """Old name of `integration_types`."""
