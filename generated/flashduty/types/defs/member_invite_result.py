"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import invited_member


class MemberInviteResult(FlashdutyModel):
    """The members an invitation created."""

    items: Annotated[list[invited_member.InvitedMember], Field(validate_default=True)] = []
    """One entry per created member."""
