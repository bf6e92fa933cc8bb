"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import duty_error


class ErrorEnvelope(FlashdutyModel):
    """Failed response wrapper. Flashduty may send it with any HTTP status, 200 included."""

    request_id: str = ""
    """Identifier of this call, also sent as the `Flashcat-Request-Id` header."""
    error: duty_error.DutyError | None = None
