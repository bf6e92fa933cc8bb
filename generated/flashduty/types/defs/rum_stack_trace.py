"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import rum_stack_frame


class RumStackTrace(FlashdutyModel):
    """A stack trace after translation."""

    frames: list[rum_stack_frame.RumStackFrame] | None
    """Frames, innermost first as in the input."""
