"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import (
    monitor_tool_invocation_error,
    monitor_tool_invocation_result,
    monitor_tool_invocation_target,
)


class MonitorToolInvocation(FlashdutyModel):
    target: monitor_tool_invocation_target.MonitorToolInvocationTarget | None = None
    results: Annotated[
        list[monitor_tool_invocation_result.MonitorToolInvocationResult], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    error: monitor_tool_invocation_error.MonitorToolInvocationError | None = None
