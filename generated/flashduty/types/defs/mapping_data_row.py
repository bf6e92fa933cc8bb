"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class MappingDataRow(FlashdutyModel):
    """One row of a mapping schema."""

    key: str = ""
    """Identifies the row; built from its source label values."""
    fields: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
