"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from pydantic import Field
from ..._models import new_dict, FlashdutyModel

from . import monitor_data_source_tool_truncation


class MonitorDataSourceToolResult(FlashdutyModel):
    data: Any = Field(default_factory=new_dict)
    datasource_id: int = 0
    summary: str = ""
    tool: str = ""
    truncated: monitor_data_source_tool_truncation.MonitorDataSourceToolTruncation | None = None
