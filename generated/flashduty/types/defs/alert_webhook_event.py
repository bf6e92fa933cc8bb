"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import webhook_alert, webhook_person


class AlertWebhookEvent(FlashdutyModel):
    """
    What an alert webhook receives: one change to one alert, with the alert's full current state. The same `event_id` can arrive twice.
    """

    event_time: int = 0
    """
    When the change happened, Unix milliseconds. Deliveries may arrive out of order; compare this value to drop an event older than one already handled.
    """
    event_type: Annotated[
        Literal["a_new", "a_update", "a_merge", "a_close"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """
    What happened to the alert. `a_new` an integration event started a new alert, `a_update` a further event was folded into the alert and changed it (severity, status, labels, description...), `a_merge` the alert was grouped into an incident, `a_close` someone closed the alert by hand (always sent, it cannot be unsubscribed). More types may be added later.
    """
    event_id: str = ""
    """
    Identifier of this event. A delivery that timed out may be sent again with the same value, so receivers must remember the IDs they processed and ignore repeats.
    """
    person: webhook_person.WebhookPerson | None = None
    alert: webhook_alert.WebhookAlert | None = None
