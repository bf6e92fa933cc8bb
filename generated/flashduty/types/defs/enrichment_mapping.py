"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class EnrichmentMapping(FlashdutyModel):
    """Settings of a `mapping` rule."""

    result_labels: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Labels to fill in from the lookup result."""
    mapping_type: Annotated[Literal["schema", "api"] | EnumValue, OPEN_ENUM] = EnumValue("schema")
    """Look up in a mapping schema or call a mapping API."""
    schema_id: str = ""
    """Mapping schema to use when `mapping_type` is `schema`."""
    api_id: str = ""
    """Mapping API to call when `mapping_type` is `api`."""
    override: bool = False
    """If true, result labels already present on the alert are replaced; off by default."""
