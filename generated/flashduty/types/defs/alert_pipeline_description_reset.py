"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AlertPipelineDescriptionReset(FlashdutyModel):
    """Settings of a `description_reset` rule."""

    description: str = ""
    """New description; a Go template over the alert's fields."""
