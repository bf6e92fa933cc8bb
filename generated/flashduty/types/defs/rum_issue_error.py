"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumIssueError(FlashdutyModel):
    """The error that defines an issue."""

    message: str = ""
    """Error message."""
    type: str = ""
    """Error type, e.g. `Error`."""
