"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import permission


class PermissionList(FlashdutyModel):
    """Permissions matching the request."""

    items: list[permission.Permission] | None
    """The permissions."""
