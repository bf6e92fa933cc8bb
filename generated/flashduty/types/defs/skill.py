"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class Skill(FlashdutyModel):
    """A packaged SKILL.md bundle the AI SRE agent can load."""

    skill_id: str = ""
    """ID of the skill (`skill_...`)."""
    account_id: int = 0
    """The account."""
    team_id: int = 0
    """Owning team; 0 for the account (or, for rules, the owner personally)."""
    skill_name: str = ""
    """Name of the skill, unique in the account."""
    description: str = ""
    """What it is for."""
    description_en: str = ""
    """English description, preferred by English consoles."""
    content: str = ""
    """Full SKILL.md text; left out of lists."""
    version: str = ""
    """Version."""
    tags: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Tags."""
    author: str = ""
    """Who wrote it."""
    license: str = ""
    """License of the skill."""
    tools: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Tools the skill needs: built-in names or `mcp:server/tool`."""
    s3_key: str = ""
    """Where the bundle is stored."""
    checksum: str = ""
    """SHA-256 of the uploaded bundle."""
    status: Annotated[Literal["enabled", "disabled"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether it is in use."""
    created_by: int = 0
    """Member who created it."""
    created_at: int = 0
    """Creation time, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
    can_edit: bool = False
    """Whether the caller may change it."""
    source_template_name: str = ""
    """Marketplace template it was installed from; empty when written by hand."""
    source_template_version: str = ""
    """Version of that template when it was installed."""
    update_available: bool = False
    """Whether the marketplace has a newer version."""
    is_modified: bool = False
    """Whether a marketplace skill was changed here (automatic updates then leave it alone)."""
    created: bool = False
    """Only on installs: true for a new skill, false when one was updated in place."""
    venues: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Kinds of execution environment (such as `byoc`) the skill is limited to; empty means everywhere.
    """
