"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MappingSchemaCreated(FlashdutyModel):
    """The mapping schema just created."""

    schema_id: str = ""
    """ID of the new schema."""
    schema_name: str = ""
    """Its name."""
