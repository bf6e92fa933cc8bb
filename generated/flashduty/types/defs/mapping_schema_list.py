"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import mapping_schema


class MappingSchemaList(FlashdutyModel):
    """Every mapping schema of the account."""

    total: int
    """Number of schemas."""
    items: list[mapping_schema.MappingSchema] | None
    """Schemas, oldest first."""
