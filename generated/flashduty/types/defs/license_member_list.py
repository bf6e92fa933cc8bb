"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import license_member


class LicenseMemberList(FlashdutyModel):
    """Licence holders of the account."""

    total: int
    """Number of entries."""
    items: list[license_member.LicenseMember] | None = None
    """One entry per person."""
