"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, FlashdutyModel

from . import (
    agent_environment_binding,
    agent_session_context,
    agent_session_token_usage,
)


class AgentSession(FlashdutyModel):
    """An AI SRE conversation."""

    session_id: str = ""
    """ID of the session (`sess_...`)."""
    parent_session_id: str = ""
    session_name: str = ""
    app_name: str = ""
    entry_kind: Annotated[
        Literal["web", "im", "api", "automation", "subagent"] | str, OPEN_ENUM
    ] = ""
    person_id: str = ""
    """Member who started the session (a decimal string)."""
    team_id: int = 0
    team_name: str = ""
    is_mine: bool = False
    can_view: bool = False
    can_continue: bool = False
    can_manage: bool = False
    can_fork: bool = False
    access_source: Annotated[
        Literal["owner", "team_member", "manager", "share_link", "participant"] | str, OPEN_ENUM
    ] = ""
    share_enabled: bool = False
    share_version: int = 0
    shared_at: int = 0
    """When sharing was last turned on, Unix milliseconds."""
    shared_by: int = 0
    status: Annotated[Literal["enabled", "deleted"] | str, OPEN_ENUM] = ""
    incognito: bool = False
    created_at: int = 0
    """Creation time, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
    template_staging_round_id: str = ""
    state: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=dict)
    """Free-form state the agent keeps for the session."""
    bound_environment: agent_environment_binding.AgentEnvironmentBinding | None = None
    context_resolved: agent_session_context.AgentSessionContext | None = None
    token_usage: agent_session_token_usage.AgentSessionTokenUsage | None = None
    current_context_tokens: int = 0
    context_window: int = 0
    """Size of the model's context window in tokens, when known."""
    archived_at: int = 0
    """When the session was archived, Unix milliseconds. 0 if not."""
    pinned_at: int = 0
    """When the session was pinned, Unix milliseconds. 0 if not."""
    last_event_at: int = 0
    """Time of the latest event, Unix milliseconds."""
    is_running: bool = False
    has_unread: bool = False
    current_turn_started_at: int = 0
    """Start of the turn in progress, Unix milliseconds. 0 when idle."""
    current_turn_active_ms: int = 0
    current_turn_wait_ms: int = 0
    current_turn_tokens: int = 0
