"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumFacetCount(FlashdutyModel):
    """A value of a facet and how many records carry it."""

    facet_value: str | float | bool
    """The facet value."""
    count: int
    """Records with that value."""
