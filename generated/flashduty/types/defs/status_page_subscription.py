"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageSubscription(FlashdutyModel):
    email: bool = False
    im: bool = False
