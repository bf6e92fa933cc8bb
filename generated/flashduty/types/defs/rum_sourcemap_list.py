"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import rum_sourcemap


class RumSourcemapList(FlashdutyModel):
    """
    One page of source maps. Unlike most lists it has no `has_next_page`; compare `total` with the pages read so far.
    """

    total: int = 0
    """Number of matching files."""
    items: Annotated[list[rum_sourcemap.RumSourcemap], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Files on this page."""
