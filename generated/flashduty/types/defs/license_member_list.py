"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import license_member


class LicenseMemberList(FlashdutyModel):
    """Licence holders of the account."""

    total: int = 0
    """Number of entries."""
    items: Annotated[list[license_member.LicenseMember], Field(validate_default=True)] = []
    """One entry per person."""
