"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class AutomationRule(FlashdutyModel):
    """A prompt that AI SRE runs on a schedule, on an HTTP POST or on an on-call incident."""

    rule_id: str = ""
    """ID of the rule (`arule_...`)."""
    account_id: int = 0
    """The account."""
    team_id: int = 0
    """Owning team; 0 for the account (or, for rules, the owner personally)."""
    owner_id: int = 0
    """Member who owns it."""
    name: str = ""
    """Name."""
    enabled: bool = False
    """Whether it is on."""
    run_scope: Annotated[Literal["person", "team"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whose rule it is: one member's (`person`) or a team's (`team`)."""
    cron_expr: str = ""
    """The schedule as a five-field cron expression, read in `timezone`."""
    timezone: str = ""
    """IANA time zone of the schedule."""
    prompt: str = ""
    """What the agent is asked to do on each run."""
    environment_kind: Annotated[Literal["", "cloud", "byoc"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Where it runs: empty or `cloud` for Flashcat's cloud, `byoc` for a BYOC runner."""
    environment_id: str = ""
    """The BYOC runner environment, when it runs on one."""
    schedule_trigger_id: str = ""
    """ID of the schedule trigger."""
    schedule_trigger_enabled: bool = False
    """Whether the cron schedule starts runs."""
    http_post_trigger_id: str = ""
    """ID of the HTTP POST trigger."""
    http_post_trigger_url: str = ""
    """URL that starts a run when posted to with the trigger's token."""
    http_post_trigger_enabled: bool = False
    """Whether posting to the trigger URL starts runs."""
    oncall_incident_trigger_id: str = ""
    """ID of the on-call incident trigger."""
    oncall_incident_trigger_enabled: bool = False
    """Whether on-call incidents start runs."""
    oncall_incident_channel_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Channels whose incidents start runs."""
    oncall_incident_severities: Annotated[
        list[Literal["Critical", "Warning", "Info"] | str], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    """Incident severities that start runs."""
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
