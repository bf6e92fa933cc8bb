"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import (
    monitor_tool_catalog_error,
    monitor_tool_catalog_target,
    monitor_tool_catalog_tool,
)


class MonitorToolCatalog(FlashdutyModel):
    target: monitor_tool_catalog_target.MonitorToolCatalogTarget | None = None
    tools: Annotated[list[monitor_tool_catalog_tool.MonitorToolCatalogTool], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    error: monitor_tool_catalog_error.MonitorToolCatalogError | None = None
