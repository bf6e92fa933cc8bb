"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import enrichment


class EnrichmentList(FlashdutyModel):
    """Enrichment rules of several integrations."""

    items: list[enrichment.Enrichment] | None
    """One rule set per integration that has one."""
