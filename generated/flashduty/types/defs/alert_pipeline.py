"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import alert_pipeline_rule


class AlertPipeline(FlashdutyModel):
    """The processing rules of one integration, applied in order to each incoming alert."""

    integration_id: int
    """Integration the pipeline belongs to."""
    rules: list[alert_pipeline_rule.AlertPipelineRule] | None
    """Rules, in the order they run."""
    status: str | None = None
    """`enabled` or `disabled`."""
    creator_id: int | None = None
    """Member who created it."""
    updated_by: int | None = None
    """Member who changed it last."""
    created_at: int
    """Creation time, Unix seconds."""
    updated_at: int
    """Last change, Unix seconds."""
