"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Any, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import alert
from . import assigned_to as assigned_to_1
from . import image, link_item, person_short, responder


class Incident(FlashdutyModel):
    """An incident and everything the console shows about it."""

    team_id: int = 0
    """Team owning the incident's channel."""
    incident_id: str = ""
    """Incident ID, 24 hexadecimal characters."""
    account_id: int = 0
    """Account that owns the incident."""
    channel_id: int = 0
    """Channel of the incident; 0 when it belongs to none."""
    integration_id: int = 0
    """First integration that fed the incident."""
    integration_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Every integration whose alerts joined the incident."""
    integration_types: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Types of those integrations, e.g. `monit.alert`."""
    dedup_key: str = ""
    """Key that folds repeated alerts into this incident."""
    equals_md5: str = ""
    """Content hash used to spot identical incidents."""
    start_time: int = 0
    """When it started, Unix seconds."""
    end_time: int = 0
    """When it ended, Unix seconds; 0 while active."""
    last_time: int = 0
    """Latest activity, Unix seconds."""
    ack_time: int = 0
    """First acknowledgement, Unix seconds; 0 if none."""
    close_time: int = 0
    """When it was closed, Unix seconds; 0 while open."""
    creator_id: int = 0
    """Member who opened it; 0 when the system did."""
    closer_id: int = 0
    """Member who closed it; 0 when the system did."""
    owner_id: int = 0
    """Owning member; 0 when unset."""
    incident_status: Annotated[
        Literal["Critical", "Warning", "Info", "Ok"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """Current state, derived from the incident's alerts; `Ok` once they all recovered."""
    incident_severity: Annotated[
        Literal["Critical", "Warning", "Info", "Ok"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """Severity the incident was given (set when it opened, or changed by hand)."""
    progress: Annotated[Literal["Triggered", "Processing", "Closed"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """Where the incident stands in its lifecycle."""
    title: str = ""
    """Title."""
    description: str = ""
    """Free-text description."""
    ai_summary: str = ""
    """Summary written by the AI assistant."""
    impact: str = ""
    """What the incident affects."""
    root_cause: str = ""
    """Root cause as recorded by responders."""
    resolution: str = ""
    """How it was resolved."""
    num: str = ""
    """Brief number for display; two incidents may share one."""
    frequency: Annotated[Literal["frequent", "rare"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether incidents like this one are common or rare."""
    deleted_at: int = 0
    """When it was deleted, Unix seconds; 0 if not."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    snoozed_before: int = 0
    """Notifications paused until this Unix second; 0 if not snoozed."""
    group_method: Annotated[Literal["i", "p", "n"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """How alerts were grouped - `i` intelligent, `p` by pattern, `n` not grouped."""
    ever_muted: bool = False
    """Whether a silence rule ever matched it."""
    labels: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    fields: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Map from custom field name to its value."""
    assigned_to: assigned_to_1.AssignedTo | None = None
    reporter_email: str = ""
    """Email of whoever reported a manually created incident."""
    alert_cnt: int = 0
    """Alerts merged into it."""
    active_alert_cnt: int = 0
    """Merged alerts still firing."""
    alert_event_cnt: int = 0
    """Raw alert events across its alerts."""
    alerts: Annotated[list[alert.Alert], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Its alerts; only filled in when the incident is rendered for notification templates or sent to custom actions.
    """
    closer: person_short.PersonShort | None = None
    """The member who closed the incident, if one did."""
    creator: person_short.PersonShort | None = None
    """The member who opened the incident, if one did."""
    owner: person_short.PersonShort | None = None
    """The member who owned the incident (no longer filled in)."""
    responders: Annotated[list[responder.Responder], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Members responding, with when they were assigned and acknowledged."""
    account_name: str = ""
    """Account name."""
    account_locale: str = ""
    """Account locale."""
    account_time_zone: str = ""
    """Account time zone."""
    channel_name: str = ""
    """Channel name."""
    channel_status: str = ""
    """Channel status, e.g. `enabled`."""
    detail_url: str = ""
    """Console page of the incident."""
    silence_url: str = ""
    """Console link that starts a silence rule for it."""
    links: Annotated[list[link_item.LinkItem], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Links the channel renders for this incident."""
    integration_type: str = ""
    """Integration type of the first alert."""
    post_mortem_id: str = ""
    """Post-mortem written for it, if any."""
    images: Annotated[list[image.Image], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Attached images."""
    manual_overrides: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Fields a person edited after they were filled in automatically."""
    data_source_id: int = 0
    """Old name of `integration_id`."""
    data_source_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Old name of `integration_ids`."""
    data_source_type: str = ""
    """Old name of `integration_type`."""
    data_source_types: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Old name of `integration_types`."""
