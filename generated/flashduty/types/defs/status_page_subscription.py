"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageSubscription(FlashdutyModel):
    """Which ways visitors may subscribe to a status page."""

    email: bool = False
    im: bool = False
