"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MappingDataUpserted(FlashdutyModel):
    """Keys of the rows written."""

    keys: list[str] = []
    """Row keys, in request order."""
