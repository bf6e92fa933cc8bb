"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class EnrichmentDrop(FlashdutyModel):
    """Settings of a `drop` rule."""

    drop_labels: list[str] = []
    """Label keys to remove."""
