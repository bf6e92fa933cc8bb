"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class MonitorToolInvokeTool(FlashdutyModel):
    tool: str = ""
    params: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
