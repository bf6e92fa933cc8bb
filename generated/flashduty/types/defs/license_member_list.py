"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import license_member


class LicenseMemberList(FlashdutyModel):
    """Licence holders of the account."""

    total: int = 0
    """Number of entries."""
    items: Annotated[list[license_member.LicenseMember], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """One entry per person."""
