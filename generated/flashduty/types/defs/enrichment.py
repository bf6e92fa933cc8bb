"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import enrichment_rule


class Enrichment(FlashdutyModel):
    """The label enrichment rules of one integration, applied in order to each incoming alert."""

    integration_id: int
    """Integration the rules belong to."""
    rules: list[enrichment_rule.EnrichmentRule] | None
    """Rules, in the order they run."""
    status: str | None = None
    """`enabled` or `disabled`."""
    creator_id: int | None = None
    """Member who created them."""
    updated_by: int | None = None
    """Member who changed them last."""
    created_at: int
    """Creation time, Unix seconds."""
    updated_at: int
    """Last change, Unix seconds."""
