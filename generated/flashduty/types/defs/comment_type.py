"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class CommentType(FlashdutyModel):
    """A label for incident comments, with its colour and position."""

    comment_type_id: str = ""
    account_id: int = 0
    name: str = ""
    color: str = ""
    position: int = 0
    creator_id: int = 0
    updated_by: int = 0
    created_at: int = 0
    updated_at: int = 0
