"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import permission


class PermissionList(FlashdutyModel):
    """Permissions matching the request."""

    items: Annotated[list[permission.Permission], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """The permissions."""
