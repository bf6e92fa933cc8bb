"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import alert_pipeline


class AlertPipelineList(FlashdutyModel):
    """Pipelines of several integrations."""

    items: list[alert_pipeline.AlertPipeline] | None
    """One pipeline per integration that has one."""
