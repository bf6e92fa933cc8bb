"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import alert_pipeline


class AlertPipelineList(FlashdutyModel):
    """Pipelines of several integrations."""

    items: Annotated[list[alert_pipeline.AlertPipeline], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """One pipeline per integration that has one."""
