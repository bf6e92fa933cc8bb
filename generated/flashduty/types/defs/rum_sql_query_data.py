"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from ..._models import FlashdutyModel

from . import rum_sql_field


class RumSqlQueryData(FlashdutyModel):
    """Rows of a query result, as columns plus a two-dimensional array of values."""

    search_after_ctx: str | None = None
    """Cursor for the next page (table queries only)."""
    interval: int | None = None
    """Bucket width actually used, in milliseconds (time series only)."""
    fields: list[rum_sql_field.RumSqlField] | None
    """Columns, in the order of each row's values."""
    values: list[list[Any] | None] | None
    """Rows; each is a list of column values."""
