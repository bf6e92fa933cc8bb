"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class EnrichmentMapping(FlashdutyModel):
    """Settings of a `mapping` rule."""

    result_labels: list[str] = []
    """Labels to fill in from the lookup result."""
    mapping_type: Literal["schema", "api"] | str = "schema"
    """Look up in a mapping schema or call a mapping API."""
    schema_id: str = ""
    """Mapping schema to use when `mapping_type` is `schema`."""
    api_id: str = ""
    """Mapping API to call when `mapping_type` is `api`."""
    override: bool = False
    """If true, result labels already present on the alert are replaced; off by default."""
