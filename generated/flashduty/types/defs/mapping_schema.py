"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MappingSchema(FlashdutyModel):
    """
    A lookup table for enrichment - rows keyed by source label values that yield result labels.
    """

    schema_id: str
    """Schema ID."""
    schema_name: str
    """Name, unique in the account."""
    description: str | None = None
    """Description."""
    source_labels: list[str] | None
    """Labels whose values form the lookup key."""
    result_labels: list[str] | None
    """Labels a matching row writes."""
    status: str | None = None
    """Status, e.g. `enabled`."""
    team_id: int | None = None
    """Owning team; 0 for none."""
    creator_id: int | None = None
    """Member who created it."""
    updated_by: int | None = None
    """Member who changed it last."""
    created_at: int
    """Creation time, Unix seconds."""
    updated_at: int
    """Last change, Unix seconds."""
