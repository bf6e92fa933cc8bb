"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import rum_code_snippet, rum_minified_frame


class RumStackFrame(FlashdutyModel):
    """One frame of a stack trace, translated back to source where possible."""

    file: str | None = None
    """Source file."""
    line: int | None = None
    """Line number."""
    function: str
    """Function or method."""
    column: int | None = None
    """Column (JavaScript and Flutter)."""
    class_name: str | None = None
    """Fully qualified class (Android)."""
    method_name: str | None = None
    """Method without the class (Android)."""
    module: str | None = None
    """Module, e.g. `MyApp` or `UIKitCore` (iOS)."""
    address: str | None = None
    """Memory address, e.g. `0x000000010001abcd` (iOS)."""
    offset: float | None = None
    """Offset from the start of the function (iOS)."""
    native_address: str | None = None
    """IL offset, e.g. `[0x00012]` (Unity)."""
    converted: bool
    """Whether the frame was mapped back to source."""
    third_party: bool | None = None
    """Whether the frame is in third-party code (Android)."""
    code_snippets: list[rum_code_snippet.RumCodeSnippet] | None = None
    """Source around the frame - its own line plus at most `near` non-empty lines on each side."""
    minified: rum_minified_frame.RumMinifiedFrame | None = None
