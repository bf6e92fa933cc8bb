"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class KnowledgePack(FlashdutyModel):
    """A set of documents the AI SRE agent reads as background, owned by the account or a team."""

    pack_id: str = ""
    """ID of the pack (`kpk_...`)."""
    account_id: int = 0
    """The account."""
    scope: Annotated[Literal["account", "team", "channel"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whom the pack belongs to: the account, a team or a channel."""
    scope_id: int = 0
    """The account's or the team's ID, after `scope`."""
    team_name: str = ""
    """Name of the team."""
    file_count: int = 0
    """Number of files."""
    total_bytes: int = 0
    """Size of all files together, in bytes."""
    version: int = 0
    """Increases with every change to the pack."""
    duty_version: int = 0
    """Version of the pack's DUTY.md index."""
    created_by: int = 0
    """Member who created it."""
    created_at_ms: int = 0
    """Creation time, Unix milliseconds."""
    updated_at_ms: int = 0
    """Last change, Unix milliseconds."""
    can_edit: bool = False
    """Whether the caller may change it."""
