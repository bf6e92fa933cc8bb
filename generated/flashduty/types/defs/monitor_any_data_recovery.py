"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_dict, FlashdutyModel


class MonitorAnyDataRecovery(FlashdutyModel):
    """When an any-data alert counts as recovered."""

    mode: Annotated[Literal["", "nodata", "ql"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """
    `nodata` (also empty or omitted) recovers once the query returns nothing; `ql` recovers when `condition` matches, and then allows a single query named `A`.
    """
    condition: str = ""
    """Recovery expression; required with `ql`."""
    args: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Source-specific extra parameters (e.g. for Elasticsearch)."""
