"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumWebhookTestResult(FlashdutyModel):
    ok: bool = False
    status_code: int = 0
    message: str = ""
