"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import OPEN_ENUM, EnumValue, new_dict, FlashdutyModel


class AutomationRun(FlashdutyModel):
    """One recorded run of an automation rule."""

    run_id: str = ""
    """ID of the run (`trun_...`)."""
    kind: str = ""
    """Kind of run; always `automation_rule` here."""
    account_id: int = 0
    """The account."""
    rule_id: str = ""
    """ID of the automation rule (`arule_...`)."""
    trigger_kind: Annotated[
        Literal["schedule", "debug", "manual", "http_post", "oncall_incident"] | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """
    What started the run: the schedule, a debug run, a member by hand, the HTTP POST trigger or an on-call incident.
    """
    occurrence_key: str = ""
    """Key that makes one firing of a trigger run at most once."""
    status: Annotated[
        Literal[
            "queued",
            "running",
            "retrying",
            "succeeded",
            "partial",
            "failed",
            "skipped",
            "abandoned",
            "blocked",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """
    Where the run stands: waiting, running or retrying; or done as succeeded, partial, failed, skipped, abandoned, or blocked (it waits for a person to authorise a connector).
    """
    attempts: int = 0
    """How many times it was tried."""
    started_at: int = 0
    """Start time, Unix milliseconds."""
    completed_at: int = 0
    """End time, Unix milliseconds. 0 while running."""
    duration_ms: int = 0
    """How long the run took, in milliseconds."""
    error_code: str = ""
    """Code of the failure; empty when there was none."""
    error_message: str = ""
    """Message of the failure; empty when there was none."""
    stats_json: Any = Field(default_factory=new_dict)
    """Statistics of the run, as the server stores them."""
    result_json: Any = Field(default_factory=new_dict)
    """What the run produced, as the server stores it (holds the `session_id` once started)."""
    created_at: int = 0
    """Creation time, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
    session_id: str = ""
    """Session the run started, once it has one."""
    session_name: str = ""
    """Name of that session."""
