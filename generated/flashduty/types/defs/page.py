"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class Page(FlashdutyModel):
    """
    Fields every paginated list answers with. `total` stops counting at 1000, so use `has_next_page` to decide whether to fetch more.
    """

    total: int = 0
    """Number of matches, exact below 1000 and reported as 1000 above it."""
    has_next_page: bool = False
    """Whether another page follows this one."""
