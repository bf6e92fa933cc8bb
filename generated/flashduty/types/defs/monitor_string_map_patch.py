"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, new_dict, FlashdutyModel


class MonitorStringMapPatch(FlashdutyModel):
    """A partial change to a string map (labels or annotations); keys not named stay as they are."""

    set: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Keys to add or overwrite."""
    delete: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Keys to remove."""
