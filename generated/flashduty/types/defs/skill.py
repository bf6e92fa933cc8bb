"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, FlashdutyModel


class Skill(FlashdutyModel):
    """A packaged SKILL.md bundle the AI SRE agent can load."""

    skill_id: str = ""
    """ID of the skill (`skill_...`)."""
    account_id: int = 0
    team_id: int = 0
    """Owning team; 0 for the account (or, for rules, the owner personally)."""
    skill_name: str = ""
    description: str = ""
    description_en: str = ""
    content: str = ""
    """Full SKILL.md text; left out of lists."""
    version: str = ""
    tags: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=list)
    author: str = ""
    license: str = ""
    tools: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=list)
    """Tools the skill needs: built-in names or `mcp:server/tool`."""
    s3_key: str = ""
    checksum: str = ""
    """SHA-256 of the uploaded bundle."""
    status: Annotated[Literal["enabled", "disabled"] | str, OPEN_ENUM] = ""
    created_by: int = 0
    created_at: int = 0
    """Creation time, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
    can_edit: bool = False
    """Whether the caller may change it."""
    source_template_name: str = ""
    source_template_version: str = ""
    update_available: bool = False
    is_modified: bool = False
    created: bool = False
    """Only on installs: true for a new skill, false when one was updated in place."""
