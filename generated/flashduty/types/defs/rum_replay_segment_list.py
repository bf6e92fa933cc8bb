"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import rum_replay_segment


class RumReplaySegmentList(FlashdutyModel):
    """Replay segments, as data or as download links."""

    items: list[rum_replay_segment.RumReplaySegment | str] | None
    """Segments; with `url_mode` each is a pre-signed URL to a compressed segment instead."""
