"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class CustomFieldCreated(FlashdutyModel):
    """The field just created."""

    field_id: str = ""
    """ID of the new field."""
    field_name: str = ""
    """Its key."""
