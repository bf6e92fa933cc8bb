"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import rum_sourcemap


class RumSourcemapList(FlashdutyModel):
    """
    One page of source maps. Unlike most lists it has no `has_next_page`; compare `total` with the pages read so far.
    """

    total: int
    """Number of matching files."""
    items: list[rum_sourcemap.RumSourcemap] | None
    """Files on this page."""
