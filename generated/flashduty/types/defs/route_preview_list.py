"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import route_preview_result


class RoutePreviewList(FlashdutyModel):
    """Routing outcome of each previewed alert."""

    items: Annotated[list[route_preview_result.RoutePreviewResult], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """One result per alert."""
