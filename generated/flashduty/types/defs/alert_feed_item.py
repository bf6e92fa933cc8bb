"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_dict, FlashdutyModel


class AlertFeedItem(FlashdutyModel):
    """One entry of an alert's activity feed."""

    ref_id: str = ""
    """Alert ID, 24 hexadecimal characters."""
    type: Annotated[
        Literal[
            "a_new",
            "a_update",
            "a_close",
            "a_comm",
            "a_merge",
            "a_m_silence",
            "a_m_inhibit",
            "a_ack",
            "a_unack",
            "a_m_flapping",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """Kind of entry in an alert's activity feed."""
    detail: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """What happened; its keys depend on `type` (see AlertFeedType)."""
    account_id: int = 0
    """Account that owns the alert."""
    creator_id: int = 0
    """Member who caused the entry; 0 for the system."""
    created_at: int = 0
    """When it happened, Unix milliseconds."""
    updated_at: int = 0
    """Last change of the entry, Unix milliseconds."""
    deleted_at: int = 0
    """When the entry was removed, Unix milliseconds; absent for a live entry."""
    via: str = ""
    """What wrote the entry for a member (so far only `ai_sre`); absent when the member wrote it."""
    agent_session_id: str = ""
    """The AI SRE session behind the entry; absent when no agent wrote it."""
