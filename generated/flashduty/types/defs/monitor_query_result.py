"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Any, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import monitor_query_frame, monitor_query_sample


class MonitorQueryResult(FlashdutyModel):
    """
    The result of a data query in its natural shape. `kind` says which one field holds it: `frames` (tables or time series), `records` (rows as objects) or `samples` (labelled values). One object rather than a union of three so that a reader sees the same attributes whatever the kind.
    """

    kind: Annotated[Literal["frames", "records", "samples"] | EnumValue, OPEN_ENUM] = EnumValue("")
    frames: Annotated[list[monitor_query_frame.MonitorQueryFrame], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    records: Annotated[list[dict[str, Any] | None], NULL_AS_EMPTY] = Field(default_factory=new_list)
    samples: Annotated[list[monitor_query_sample.MonitorQuerySample], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
