"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AlertPipelineTitleReset(FlashdutyModel):
    """Settings of a `title_reset` rule."""

    title: str = ""
    """New title; a Go template over the alert's fields."""
