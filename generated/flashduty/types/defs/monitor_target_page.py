"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import monitor_target_page_item


class MonitorTargetPage(FlashdutyModel):
    items: Annotated[list[monitor_target_page_item.MonitorTargetPageItem], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    total: int = 0
    next_cursor: str = ""
