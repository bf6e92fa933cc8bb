"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class RumApplicationAlerting(FlashdutyModel):
    """Whether and where an application's error alerts are delivered."""

    enabled: bool = False
    """Whether alerting is on."""
    channel_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Channels that receive the alerts."""
    integration_id: int = 0
    """On-call integration created for the application; set by the server, ignored in requests."""
