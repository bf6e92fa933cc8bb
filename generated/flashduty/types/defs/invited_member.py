"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class InvitedMember(FlashdutyModel):
    """A member created by an invitation."""

    member_id: int = 0
    """Member ID."""
    member_name: str = ""
    """Display name."""
