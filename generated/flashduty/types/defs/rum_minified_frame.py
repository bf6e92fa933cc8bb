"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumMinifiedFrame(FlashdutyModel):
    """Where a translated frame pointed before translation; only on converted frames."""

    file: str = ""
    """Minified file."""
    function: str = ""
    """Minified function."""
    line: int = 0
    """Line in the minified file."""
    column: int = 0
    """Column in the minified file."""
