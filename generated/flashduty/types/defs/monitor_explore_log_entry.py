"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class MonitorExploreLogEntry(FlashdutyModel):
    """One log line of an Explore result."""

    timestamp_ns: str = ""
    """Time in Unix nanoseconds, as a decimal string."""
    fields: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Log fields as JSON values; integers too large for JavaScript come as strings."""
