"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import invited_member


class MemberInviteResult(FlashdutyModel):
    """The members an invitation created."""

    items: Annotated[list[invited_member.InvitedMember], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """One entry per created member."""
