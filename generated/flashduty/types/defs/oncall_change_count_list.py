"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import oncall_change_count


class OncallChangeCountList(FlashdutyModel):
    """Change counts per period."""

    items: Annotated[list[oncall_change_count.OncallChangeCount], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """One entry per period of the requested `step`."""
