"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MappingDataRow(FlashdutyModel):
    """One row of a mapping schema."""

    key: str = ""
    """Identifies the row; built from its source label values."""
    fields: dict[str, str] = {}
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
