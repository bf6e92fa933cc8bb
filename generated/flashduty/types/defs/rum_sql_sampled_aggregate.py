"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumSqlSampledAggregate(FlashdutyModel):
    """An aggregate of a sampled query, by the column that holds it."""

    type: str = ""
    """Kind of aggregate function."""
    column_name: str = ""
    """Column holding the aggregate."""
    column_index: int = 0
    """Position of that column among `fields`."""
