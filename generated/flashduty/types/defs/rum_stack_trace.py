"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import rum_stack_frame


class RumStackTrace(FlashdutyModel):
    """A stack trace after translation."""

    frames: Annotated[list[rum_stack_frame.RumStackFrame], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Frames, innermost first as in the input."""
