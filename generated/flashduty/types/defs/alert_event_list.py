"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import alert_event


class AlertEventList(FlashdutyModel):
    """The raw events of one alert."""

    items: list[alert_event.AlertEvent] | None
    """Events, oldest first."""
