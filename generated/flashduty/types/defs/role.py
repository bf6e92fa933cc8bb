"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class Role(FlashdutyModel):
    """A role of the account and the permissions it grants."""

    role_id: int = 0
    """Role ID."""
    role_name: str = ""
    """Name of the role."""
    description: str = ""
    """Free-text description."""
    status: Annotated[Literal["enabled", "disabled"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether the role currently grants its permissions."""
    permission_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Permissions the role grants."""
    editable: bool = False
    """False for built-in roles, which cannot be changed or deleted."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
