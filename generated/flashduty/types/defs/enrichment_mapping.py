"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class EnrichmentMapping(FlashdutyModel):
    """Settings of a `mapping` rule."""

    result_labels: list[str] | None
    """Labels to fill in from the lookup result."""
    mapping_type: Literal["schema", "api"] | str | None = "schema"
    """Look up in a mapping schema or call a mapping API."""
    schema_id: str | None = None
    """Mapping schema to use when `mapping_type` is `schema`."""
    api_id: str | None = None
    """Mapping API to call when `mapping_type` is `api`."""
    override: bool | None = None
    """If true, result labels already present on the alert are replaced; off by default."""
