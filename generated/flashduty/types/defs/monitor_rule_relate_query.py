"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class MonitorRuleRelateQuery(FlashdutyModel):
    """An auxiliary query that adds context to alert events."""

    name: str = ""
    """Alias; must differ from every main query's name."""
    expr: str = ""
    """Query text; must not be empty."""
    args: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Source-specific extra parameters."""
