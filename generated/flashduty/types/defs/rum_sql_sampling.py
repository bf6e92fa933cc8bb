"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import rum_sql_sampled_aggregate


class RumSqlSampling(FlashdutyModel):
    """How the engine sampled the data behind a result, when it did."""

    enabled: bool = False
    """Whether the result comes from a sample."""
    scale_factor: float = 0.0
    """Factor by which sampled counts are multiplied to estimate the full counts."""
    selected_tablets: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Storage tablets the sample was read from."""
    aggregate_funcs: Annotated[
        list[rum_sql_sampled_aggregate.RumSqlSampledAggregate], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    """Aggregates of the query that sampling affects."""
