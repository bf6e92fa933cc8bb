"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class RumApplicationTracing(FlashdutyModel):
    """Link from RUM events to an APM tracing system."""

    enabled: bool = False
    """Whether the trace link is shown."""
    open_type: Annotated[Literal["popup", "tab", ""] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Open the trace in a `popup` or a new `tab`; empty when tracing was never set up."""
    endpoint: str = ""
    """Trace URL (http or https); may contain variables such as `${trace_id}`."""
