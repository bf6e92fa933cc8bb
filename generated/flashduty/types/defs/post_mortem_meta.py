"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class PostMortemMeta(FlashdutyModel):
    """The bookkeeping part of a post-mortem, as lists return it."""

    generation: int = 0
    """Collaborative editing generation; a content reset starts a new one."""
    revision: int = 0
    """Revision of the content, the `expected_revision` of a reset."""
    account_id: int = 0
    """Account that owns the report."""
    title: str = ""
    """Report title."""
    status: Annotated[Literal["drafting", "published"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether the report is still a draft or has been published."""
    post_mortem_id: str = ""
    """
    Post-mortem ID, an MD5 hex string the server derives from the account and the set of linked incidents, so the same incidents always map to the same report.
    """
    template_id: str = ""
    """Template the report was started from."""
    incident_ids: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Incidents the report covers."""
    media_count: int = 0
    """Images uploaded to the report (at most 100)."""
    author_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Members who have edited the report."""
    team_id: int = 0
    """Owning team, taken from the first incident's channel; 0 when none."""
    channel_id: int = 0
    """Owning channel, taken from the first incident; 0 when none."""
    is_private: bool = False
    """Restricts the report to admins and the members of its owning team."""
    channel_name: str = ""
    """Channel name, filled in by the server (a placeholder once the channel is deleted)."""
    created_at_seconds: int = 0
    """Creation time, Unix seconds."""
    updated_at_seconds: int = 0
    """Last change, Unix seconds."""
