"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel
from pydantic import Field


class Permission(FlashdutyModel):
    """A permission that roles can grant."""

    id: int = 0
    """Permission ID, as used in `permission_ids`."""
    permission_name: str = ""
    """Display name, e.g. `Templates Read`."""
    permission_type: Annotated[Literal["read", "manage"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether the permission lets its holder look or change."""
    description: str = ""
    """What the permission allows."""
    class_: Annotated[str, Field(alias="class")] = ""
    """Group the permission is shown under, e.g. `On-call`."""
    scope: str = ""
    """Product area the permission belongs to, e.g. `on-call` or `organization`."""
    status: Annotated[Literal["enabled", "disabled"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether the permission is in use."""
    is_granted: bool = False
    """Only with `with_all`: whether the roles asked about grant it."""
