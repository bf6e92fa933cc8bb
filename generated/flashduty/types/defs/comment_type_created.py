"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import comment_type


class CommentTypeCreated(FlashdutyModel):
    comment_type_id: str = ""
    item: comment_type.CommentType | None = None
