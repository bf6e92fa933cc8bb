"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AlertPipelineDrop(FlashdutyModel):
    """Settings of an `alert_drop` rule; it has none, send `{}`."""
