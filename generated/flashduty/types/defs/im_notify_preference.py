"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class ImNotifyPreference(FlashdutyModel):
    """IM app integrations that deliver a kind of notification to the member."""

    im_integrations: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """IM app integrations to use."""
