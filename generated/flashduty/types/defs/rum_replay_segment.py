"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel

from . import rum_replay_ref


class RumReplaySegment(FlashdutyModel):
    """A chunk of recorded replay data."""

    start: int = 0
    """Start, Unix milliseconds."""
    end: int = 0
    """End, Unix milliseconds."""
    creation_reason: Annotated[
        Literal[
            "init",
            "segment_duration_limit",
            "segment_bytes_limit",
            "view_change",
            "before_unload",
            "visibility_hidden",
            "page_frozen",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """Why the recorder started this segment."""
    records_count: int = 0
    """Records in the segment."""
    has_full_snapshot: bool = False
    """Whether it contains a full snapshot of the page."""
    index_in_view: int = 0
    """Position of the segment within its view, from 0."""
    source: Annotated[Literal["browser"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Platform that recorded it."""
    application: rum_replay_ref.RumReplayRef | None = None
    """The application the segment belongs to."""
    session: rum_replay_ref.RumReplayRef | None = None
    """The session the segment belongs to."""
    view: rum_replay_ref.RumReplayRef | None = None
    """The view the segment was recorded on."""
    records: Annotated[list[dict[str, Any]], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Raw recorder records, in the order they were captured."""
