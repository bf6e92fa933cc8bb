"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class MonitorToolCatalogTool(FlashdutyModel):
    name: str = ""
    target_kind: str = ""
    description: str = ""
    input_schema: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
