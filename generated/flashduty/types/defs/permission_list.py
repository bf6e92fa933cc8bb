"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import permission


class PermissionList(FlashdutyModel):
    """Permissions matching the request."""

    items: Annotated[list[permission.Permission], Field(validate_default=True)] = []
    """The permissions."""
