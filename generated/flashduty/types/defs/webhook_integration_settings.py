"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, new_dict, FlashdutyModel


class WebhookIntegrationSettings(FlashdutyModel):
    """Configuration of an outgoing webhook integration."""

    channel_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Channels whose events are sent."""
    endpoint: str = ""
    """URL the webhook posts to."""
    event_types: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Event types to send, as listed in the incident webhook documentation."""
    headers: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Extra request headers."""
