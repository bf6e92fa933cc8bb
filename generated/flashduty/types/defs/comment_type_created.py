"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import comment_type


class CommentTypeCreated(FlashdutyModel):
    """A new comment label."""

    comment_type_id: str = ""
    item: comment_type.CommentType | None = None
