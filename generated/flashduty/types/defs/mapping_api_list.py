"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import mapping_api


class MappingApiList(FlashdutyModel):
    """Every mapping API of the account."""

    total: int = 0
    """Number of mapping APIs."""
    items: Annotated[list[mapping_api.MappingApi], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Mapping APIs."""
