"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import monitor_explore_log_entry, monitor_query_frame, monitor_query_sample


class MonitorExploreResult(FlashdutyModel):
    """Rows of an Explore query; `kind` says which list is filled."""

    kind: Annotated[Literal["frames", "samples", "logs"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Shape of the result."""
    frames: Annotated[list[monitor_query_frame.MonitorQueryFrame], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Tables or time series (`frames`), at most 1000."""
    samples: Annotated[list[monitor_query_sample.MonitorQuerySample], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Instant values with labels (`samples`), at most 1000."""
    entries: Annotated[list[monitor_explore_log_entry.MonitorExploreLogEntry], NULL_AS_EMPTY] = (
        Field(default_factory=new_list)
    )
    """Log lines (`logs`)."""
    applied_limit: int = 0
    """Limit applied to a logs result (at most 1000)."""
    has_more: bool = False
    """Whether the logs were cut at `applied_limit`."""
