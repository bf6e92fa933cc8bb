"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class SeverityNotifyChannels(FlashdutyModel):
    """Channels that notify the member of a new incident, per severity."""

    critical: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Channels for Critical incidents."""
    warning: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Channels for Warning incidents."""
    info: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Channels for Info incidents."""
