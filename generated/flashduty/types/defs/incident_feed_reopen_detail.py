"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentFeedReopenDetail(FlashdutyModel):
    """Detail of `i_reopen`."""

    reason: str = ""
    """Why it was reopened."""
