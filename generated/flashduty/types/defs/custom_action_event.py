"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import custom_action_incident, webhook_person


class CustomActionEvent(FlashdutyModel):
    """
    What a custom action endpoint receives when a responder presses the action's button on an incident: the incident's full current state, including its alerts. The same `event_id` can arrive twice.
    """

    event_time: int = 0
    """When the action was triggered, Unix milliseconds."""
    event_type: Annotated[Literal["i_custom"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Always `i_custom`."""
    event_id: str = ""
    """
    Identifier of this event. A delivery that timed out may be sent again with the same value, so receivers must remember the IDs they processed and ignore repeats (important when the action restarts or rolls back something).
    """
    person: webhook_person.WebhookPerson | None = None
    incident: custom_action_incident.CustomActionIncident | None = None
