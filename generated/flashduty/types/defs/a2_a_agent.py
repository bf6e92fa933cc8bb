"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel


class A2AAgent(FlashdutyModel):
    """A remote agent that AI SRE can hand tasks to over the A2A protocol."""

    agent_id: str = ""
    """ID of the agent (`a2a_...`)."""
    account_id: int = 0
    """The account."""
    team_id: int = 0
    """Owning team; 0 for the account (or, for rules, the owner personally)."""
    can_edit: bool = False
    """Whether the caller may change it."""
    environment_kind: Annotated[Literal["", "byoc"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """
    Older form of `environments`: `byoc` when pinned to one runner, empty for automatic choice.
    """
    environment_id: str = ""
    """The pinned runner when `environment_kind` is `byoc`; empty otherwise."""
    agent_name: str = ""
    """Display name of the agent."""
    instructions: str = ""
    """
    What the remote agent is for and how to use it: Markdown, optionally with a `summary` front matter, not empty.
    """
    card_url: str = ""
    """Address of the remote agent's card."""
    auth_type: str = ""
    """
    How AI SRE authenticates to the remote agent: `none`, `api_key` or `bearer` (older agents may show an empty value, meaning `none`).
    """
    auth_config: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Credentials for the remote agent; secret values come back masked."""
    streaming: bool = False
    """Whether the remote agent streams its answers."""
    status: Annotated[Literal["enabled", "disabled"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether it is in use."""
    agent_card_name: str = ""
    """Name read from the remote card; empty until it was fetched."""
    agent_card_skills: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Skills the remote card advertises; empty until it was fetched."""
    card_resolve_timeout: int = 0
    """Seconds allowed to fetch the card (0 today: not settable yet)."""
    task_timeout: int = 0
    """Seconds allowed per task (0 today: not settable yet)."""
    auth_mode: Annotated[
        Literal["shared", "per_user_secret", "per_user_oauth"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """
    Whose credential is used: one shared by everyone (`shared`, the default), each member's own secret (`per_user_secret`) or each member's own OAuth grant (`per_user_oauth`).
    """
    secret_schema: str = ""
    """
    JSON describing the per-member secret, such as the header it goes in; needed for `per_user_secret`.
    """
    oauth_metadata: str = ""
    """JSON metadata of the OAuth provider, filled in by discovery for `per_user_oauth`."""
    allow_insecure_oauth_http: bool = False
    """Allow OAuth discovery over plain HTTP to hosts other than the local one."""
    allow_insecure_tls_skip_verify: bool = False
    """Skip checking the TLS certificate (self-signed or private certificates)."""
    created_by: int = 0
    """Member who created it."""
    created_at: int = 0
    """Creation time, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
    environments: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Execution environments it may be called from: `cloud` and/or BYOC runner environment IDs; empty means all.
    """
