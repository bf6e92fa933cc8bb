"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from ..._models import FlashdutyModel


class Envelope(FlashdutyModel):
    request_id: str = ""
    data: Any = {}
