"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import OPEN_ENUM, FlashdutyModel


class AutomationRun(FlashdutyModel):
    """One recorded run of an automation rule."""

    run_id: str = ""
    kind: str = ""
    account_id: int = 0
    rule_id: str = ""
    trigger_kind: Annotated[
        Literal["schedule", "debug", "manual", "http_post", "oncall_incident"] | str, OPEN_ENUM
    ] = ""
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
        | str,
        OPEN_ENUM,
    ] = ""
    attempts: int = 0
    started_at: int = 0
    """Start time, Unix milliseconds."""
    completed_at: int = 0
    """End time, Unix milliseconds. 0 while running."""
    duration_ms: int = 0
    """How long the run took, in milliseconds."""
    error_code: str = ""
    error_message: str = ""
    stats_json: Any = Field(default_factory=dict)
    """Statistics of the run, as the server stores them."""
    result_json: Any = Field(default_factory=dict)
    """What the run produced, as the server stores it (holds the `session_id` once started)."""
    created_at: int = 0
    """Creation time, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
    session_id: str = ""
    """Session the run started, once it has one."""
    session_name: str = ""
    """Name of that session."""
