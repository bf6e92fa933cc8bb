"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import alert_pipeline_rule


class AlertPipeline(FlashdutyModel):
    """The processing rules of one integration, applied in order to each incoming alert."""

    integration_id: int = 0
    """Integration the pipeline belongs to."""
    rules: Annotated[list[alert_pipeline_rule.AlertPipelineRule], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Rules, in the order they run."""
    status: str = ""
    """`enabled` or `disabled`."""
    creator_id: int = 0
    """Member who created it."""
    updated_by: int = 0
    """Member who changed it last."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    deleted_at: int = 0
    """When the pipeline was removed, Unix seconds; absent while it exists."""
