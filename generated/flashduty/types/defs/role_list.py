"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import role


class RoleList(FlashdutyModel):
    """Every role of the account."""

    total: int = 0
    """Number of roles."""
    items: Annotated[list[role.Role], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """The roles, built-in ones included."""
