"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AlertEventPushed(FlashdutyModel):
    """Result of pushing an alert event."""

    alert_key: str = ""
    """
    Key of the alert the event went to: the one you sent, or one the server generated. Send it with later events (such as the `Ok` recovery) to update the same alert.
    """
