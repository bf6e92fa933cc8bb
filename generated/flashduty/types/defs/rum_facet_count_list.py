"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import rum_facet_count


class RumFacetCountList(FlashdutyModel):
    """Facet values with their counts."""

    items: Annotated[list[rum_facet_count.RumFacetCount], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The values."""
