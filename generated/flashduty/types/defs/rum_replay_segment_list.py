"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import rum_replay_segment


class RumReplaySegmentList(FlashdutyModel):
    """Replay segments, as data or as download links."""

    items: Annotated[list[rum_replay_segment.RumReplaySegment | str], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Segments; with `url_mode` each is a pre-signed URL to a compressed segment instead."""
    search_after_ctx: str = ""
    """Cursor for the next call, when more segments follow (the current API sends it here)."""
