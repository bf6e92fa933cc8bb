"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class MappingSchema(FlashdutyModel):
    """
    A lookup table for enrichment - rows keyed by source label values that yield result labels.
    """

    schema_id: str = ""
    """Schema ID."""
    schema_name: str = ""
    """Name, unique in the account."""
    description: str = ""
    """Description."""
    source_labels: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Labels whose values form the lookup key."""
    result_labels: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Labels a matching row writes."""
    status: str = ""
    """Status, e.g. `enabled`."""
    team_id: int = 0
    """Owning team; 0 for none."""
    creator_id: int = 0
    """Member who created it."""
    updated_by: int = 0
    """Member who changed it last."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    deleted_at: int = 0
    """When the schema was removed, Unix seconds; absent while it exists."""
