"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class RumRemoteConfigPreview(FlashdutyModel):
    """What a described client would receive."""

    hit_rule_index: int = 0
    """Position in `rules` of the rule that matched."""
    values: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """The settings that client would apply."""
