"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class RumRemoteConfigRule(FlashdutyModel):
    """An override applied to clients whose attributes match."""

    match: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Client attributes to match, such as `env`."""
    set: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Settings that replace the defaults for those clients."""
