"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import im_integration


class ImIntegrationList(FlashdutyModel):
    """Instant-messaging integrations that can open war rooms."""

    items: Annotated[list[im_integration.ImIntegration], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
