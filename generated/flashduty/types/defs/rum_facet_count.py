"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumFacetCount(FlashdutyModel):
    """A value of a facet and how many records carry it."""

    facet_value: str | float | bool | None = None
    """The facet value."""
    count: int = 0
    """Records with that value."""
