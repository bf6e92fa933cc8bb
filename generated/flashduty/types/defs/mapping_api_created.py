"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MappingApiCreated(FlashdutyModel):
    """The mapping API just created."""

    api_id: str = ""
    """ID of the new mapping API."""
    api_name: str = ""
    """Its name."""
