"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import rum_facet_count


class RumFacetCountList(FlashdutyModel):
    """Facet values with their counts."""

    items: list[rum_facet_count.RumFacetCount] | None
    """The values."""
