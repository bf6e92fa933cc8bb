"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import rum_code_snippet, rum_minified_frame, rum_original_frame


class RumStackFrame(FlashdutyModel):
    """One frame of a stack trace, translated back to source where possible."""

    original_frame: rum_original_frame.RumOriginalFrame | None = None
    file: str = ""
    """Source file."""
    line: int = 0
    """Line number."""
    function: str = ""
    """Function or method."""
    column: int = 0
    """Column (JavaScript and Flutter)."""
    class_name: str = ""
    """Fully qualified class (Android)."""
    method_name: str = ""
    """Method without the class (Android)."""
    module: str = ""
    """Module, e.g. `MyApp` or `UIKitCore` (iOS)."""
    address: str = ""
    """Memory address, e.g. `0x000000010001abcd` (iOS)."""
    offset: float = 0.0
    """Offset from the start of the function (iOS)."""
    native_address: str = ""
    """IL offset, e.g. `[0x00012]` (Unity)."""
    converted: bool = False
    """Whether the frame was mapped back to source."""
    third_party: bool = False
    """Whether the frame is in third-party code (Android)."""
    code_snippets: Annotated[list[rum_code_snippet.RumCodeSnippet], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Source around the frame - its own line plus at most `near` non-empty lines on each side."""
    minified: rum_minified_frame.RumMinifiedFrame | None = None
