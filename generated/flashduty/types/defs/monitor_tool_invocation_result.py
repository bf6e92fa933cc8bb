"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel

from . import (
    monitor_tool_invocation_result_error,
    monitor_tool_invocation_result_truncated,
)


class MonitorToolInvocationResult(FlashdutyModel):
    tool: str = ""
    params: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    tool_version: str = ""
    data: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    summary: str = ""
    truncated: (
        monitor_tool_invocation_result_truncated.MonitorToolInvocationResultTruncated | None
    ) = None
    error: monitor_tool_invocation_result_error.MonitorToolInvocationResultError | None = None
