"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import comment_type


class CommentTypeList(FlashdutyModel):
    """The comment labels of the account, in display order."""

    items: Annotated[list[comment_type.CommentType], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
