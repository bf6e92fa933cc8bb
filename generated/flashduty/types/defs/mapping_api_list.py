"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import mapping_api


class MappingApiList(FlashdutyModel):
    """Every mapping API of the account."""

    total: int
    """Number of mapping APIs."""
    items: list[mapping_api.MappingApi] | None
    """Mapping APIs."""
