"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, FlashdutyModel


class AutomationRule(FlashdutyModel):
    """A prompt that AI SRE runs on a schedule, on an HTTP POST or on an on-call incident."""

    rule_id: str = ""
    """ID of the rule (`arule_...`)."""
    account_id: int = 0
    team_id: int = 0
    """Owning team; 0 for the account (or, for rules, the owner personally)."""
    owner_id: int = 0
    name: str = ""
    enabled: bool = False
    run_scope: Annotated[Literal["person", "team"] | str, OPEN_ENUM] = ""
    cron_expr: str = ""
    """Five-field cron schedule, read in `timezone`."""
    timezone: str = ""
    """IANA time zone of the schedule."""
    prompt: str = ""
    environment_kind: Annotated[Literal["", "cloud", "byoc"] | str, OPEN_ENUM] = ""
    environment_id: str = ""
    schedule_trigger_id: str = ""
    schedule_trigger_enabled: bool = False
    http_post_trigger_id: str = ""
    http_post_trigger_url: str = ""
    http_post_trigger_enabled: bool = False
    oncall_incident_trigger_id: str = ""
    oncall_incident_trigger_enabled: bool = False
    oncall_incident_channel_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=list)
    oncall_incident_severities: Annotated[
        list[Literal["Critical", "Warning", "Info"] | str], NULL_AS_EMPTY
    ] = Field(default_factory=list)
    http_post_token: Annotated[str, Field(repr=False)] = ""
    """
    Bearer token of the HTTP POST trigger; present only in the answer that created or rotated it.
    """
    can_edit: bool = False
    """Whether the caller may change it."""
    created_at: int = 0
    """Creation time, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
    schedule_next_fire_at_ms: int = 0
    """Next time the schedule fires, Unix milliseconds. 0 when it will not."""
