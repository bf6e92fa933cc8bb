"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Any

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import rum_sql_field, rum_sql_sampling


class RumSqlQueryData(FlashdutyModel):
    """Rows of a query result, as columns plus a two-dimensional array of values."""

    search_after_ctx: str = ""
    """Cursor for the next page (table queries only)."""
    interval: int = 0
    """Bucket width actually used, in milliseconds (time series only)."""
    fields: Annotated[list[rum_sql_field.RumSqlField], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Columns, in the order of each row's values."""
    values: Annotated[list[list[Any] | None], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Rows; each is a list of column values."""
    sampling: rum_sql_sampling.RumSqlSampling | None = None
