"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import integration_type


class IntegrationTypePage(FlashdutyModel):
    """One page of integration types."""

    p: int = 0
    limit: int = 0
    total: int = 0
    items: Annotated[list[integration_type.IntegrationType], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
