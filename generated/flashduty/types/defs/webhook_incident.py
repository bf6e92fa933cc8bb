"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Any, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import assigned_to as assigned_to_1
from . import webhook_person, webhook_responder


class WebhookIncident(FlashdutyModel):
    """
    The incident as webhook payloads carry it: its state right after the event. Every delivery holds the complete latest state, so a receiver that missed an event can rely on the next one.
    """

    incident_id: str = ""
    """Incident ID, 24 hexadecimal characters."""
    title: str = ""
    """Title."""
    description: str = ""
    """Free-text description."""
    impact: str = ""
    """What the incident affects."""
    root_cause: str = ""
    """Root cause as recorded by responders."""
    resolution: str = ""
    """How it was resolved."""
    incident_severity: Annotated[Literal["Critical", "Warning", "Info"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """How serious an incident is."""
    incident_status: Annotated[
        Literal["Critical", "Warning", "Info", "Ok"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """Status derived from the incident's alerts; `Ok` once they all recovered."""
    progress: Annotated[Literal["Triggered", "Processing", "Closed"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """Where the incident stands in its lifecycle."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    start_time: int = 0
    """When it was triggered, Unix seconds."""
    last_time: int = 0
    """Latest event pushed into any of its alerts, Unix seconds; 0 if none."""
    end_time: int = 0
    """
    When it recovered, Unix seconds; 0 while active. An incident recovers by itself once all its alerts have recovered.
    """
    ack_time: int = 0
    """Earliest acknowledgement by any responder, Unix seconds; 0 if none."""
    close_time: int = 0
    """
    When its progress became `Closed`, Unix seconds; 0 while open. Not the same as `end_time`: recovery closes an incident, but closing one does not mark it recovered.
    """
    snoozed_before: int = 0
    """Notifications snoozed until this Unix second; 0 if not snoozed."""
    labels: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Labels of the first alert grouped into it; absent for incidents created by hand."""
    fields: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Custom field values by field name; each value's type follows the field's type."""
    creator: webhook_person.WebhookPerson | None = None
    """Who created it; present only for incidents created by hand."""
    closer: webhook_person.WebhookPerson | None = None
    """Who closed it; present only when it was closed by hand."""
    responders: Annotated[list[webhook_responder.WebhookResponder], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Responders; present once the incident has been assigned, so possibly empty on `i_new`."""
    alert_cnt: int = 0
    """Number of alerts grouped into it."""
    channel_id: int = 0
    """Channel it belongs to; 0 when none."""
    channel_name: str = ""
    """Channel name."""
    detail_url: str = ""
    """Link to the incident in the console."""
    group_method: Annotated[Literal["n", "p", "i"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """How its alerts were grouped - `n` not grouped, `p` by rule, `i` intelligently."""
    account_id: int = 0
    """Account that owns it (sample only)."""
    account_name: str = ""
    """Account name (sample only)."""
    assigned_to: assigned_to_1.AssignedTo | None = None
    """Current assignment (sample only)."""
    creator_id: int = 0
    """Member who created it; 0 when the system did (sample only)."""
    data_source_id: int = 0
    """Integration that fed it; 0 for manual incidents (sample only)."""
    dedup_key: str = ""
    """Key that folds repeated alerts into it (sample only)."""
    equals_md5: str = ""
    """Content hash used to spot identical incidents (sample only)."""
    num: str = ""
    """Short display number (sample only)."""
    responder_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Member IDs of its responders (sample only)."""
