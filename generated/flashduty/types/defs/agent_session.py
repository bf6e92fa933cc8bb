"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_dict, FlashdutyModel

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
    """Session that started this one as a sub-agent; empty otherwise."""
    session_name: str = ""
    """Name of the session."""
    app_name: str = ""
    """AI application the session belongs to."""
    entry_kind: Annotated[
        Literal["web", "im", "api", "automation", "subagent"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """
    Where the session was started: the web console, an IM chat, the API, an automation or another session (sub-agent).
    """
    person_id: str = ""
    """Member who started the session (a decimal string)."""
    team_id: int = 0
    """Team the session is shared with; 0 when personal."""
    team_name: str = ""
    """Name of the team."""
    is_mine: bool = False
    """Whether the caller started it."""
    can_view: bool = False
    """Whether the caller may read it."""
    can_continue: bool = False
    """Whether the caller may add messages."""
    can_manage: bool = False
    """Whether the caller may rename, share or delete it."""
    can_fork: bool = False
    """Whether the caller may start a copy of it."""
    access_source: Annotated[
        Literal["owner", "team_member", "manager", "share_link", "participant"] | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """Why the caller may see it."""
    share_enabled: bool = False
    """Whether a share link is on."""
    share_version: int = 0
    """Counts the times sharing settings changed."""
    shared_at: int = 0
    """When sharing was last turned on, Unix milliseconds."""
    shared_by: int = 0
    """Member who turned sharing on."""
    status: Annotated[Literal["enabled", "deleted"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """`enabled`, or `deleted`."""
    incognito: bool = False
    """Whether the session is kept out of the agent's memory."""
    created_at: int = 0
    """Creation time, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
    template_staging_round_id: str = ""
    """Internal reference of a template being drafted in the session."""
    state: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Free-form state the agent keeps for the session."""
    bound_environment: agent_environment_binding.AgentEnvironmentBinding | None = None
    context_resolved: agent_session_context.AgentSessionContext | None = None
    token_usage: agent_session_token_usage.AgentSessionTokenUsage | None = None
    current_context_tokens: int = 0
    """Tokens in the model's context now."""
    context_window: int = 0
    """Size of the model's context window in tokens, when known."""
    archived_at: int = 0
    """When the session was archived, Unix milliseconds. 0 if not."""
    pinned_at: int = 0
    """When the session was pinned, Unix milliseconds. 0 if not."""
    last_event_at: int = 0
    """Time of the latest event, Unix milliseconds."""
    is_running: bool = False
    """Whether the agent is working on a turn."""
    has_unread: bool = False
    """Whether there are events the caller has not seen."""
    current_turn_started_at: int = 0
    """Start of the turn in progress, Unix milliseconds. 0 when idle."""
    current_turn_active_ms: int = 0
    """Milliseconds the agent has worked on the current turn."""
    current_turn_wait_ms: int = 0
    """Milliseconds the current turn has waited (for a person or a tool)."""
    current_turn_tokens: int = 0
    """Tokens used by the current turn."""
    standing_tasks: int = 0
    """Background tasks (shells, monitors) of the session still alive."""
    has_open_tasks: bool = False
    """
    Whether the session still has open tasks; left out when the server could not tell, which does not mean idle.
    """
    creator_name: str = ""
    """Name of the member who started it."""
