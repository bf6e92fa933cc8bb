"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import role


class RoleList(FlashdutyModel):
    """Every role of the account."""

    total: int = 0
    """Number of roles."""
    items: Annotated[list[role.Role], Field(validate_default=True)] = []
    """The roles, built-in ones included."""
