"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import invited_member


class MemberInviteResult(FlashdutyModel):
    """The members an invitation created."""

    items: list[invited_member.InvitedMember] | None = None
    """One entry per created member."""
