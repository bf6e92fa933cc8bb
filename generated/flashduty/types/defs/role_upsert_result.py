"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RoleUpsertResult(FlashdutyModel):
    """The role that was created or updated."""

    role_id: int = 0
    """ID of the role."""
    role_name: str = ""
    """Its name."""
