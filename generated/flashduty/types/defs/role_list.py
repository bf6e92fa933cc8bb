"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import role


class RoleList(FlashdutyModel):
    """Every role of the account."""

    total: int
    """Number of roles."""
    items: list[role.Role] | None
    """The roles, built-in ones included."""
