"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, new_dict, FlashdutyModel


class MonitorRuleQuery(FlashdutyModel):
    """One main query of a rule."""

    name: str = ""
    """Short alias that checks refer to, e.g. `A`; `R` is reserved."""
    expr: str = ""
    """Query text in the data source's language (PromQL, SQL, ...)."""
    label_fields: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """For log and database sources: result columns that become labels."""
    value_fields: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """For log and database sources: result columns whose values are checked."""
    args: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Source-specific extra parameters."""
