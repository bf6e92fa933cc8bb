"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumSqlField(FlashdutyModel):
    """A column of a query result."""

    name: str = ""
    """Column name."""
    type: str = ""
    """Column type."""
    nullable: bool = False
    """Whether the column may hold nulls."""
