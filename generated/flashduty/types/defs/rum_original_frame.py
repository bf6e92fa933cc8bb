"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumOriginalFrame(FlashdutyModel):
    """A frame as it was received, before translation (every field optional)."""

    file: str = ""
    """File as received."""
    line: int = 0
    """Line as received."""
    column: int = 0
    """Column as received."""
    function: str = ""
    """Function as received."""
    class_name: str = ""
    """Class (Android)."""
    method_name: str = ""
    """Method without the class (Android)."""
    module: str = ""
    """Module (iOS)."""
    address: str = ""
    """Memory address (iOS)."""
    offset: float = 0.0
    """Offset from the function start (iOS)."""
    native_address: str = ""
    """IL offset (Unity)."""
