"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import webhook_incident, webhook_person


class IncidentEvent(FlashdutyModel):
    """
    What an incident webhook receives: one change to one incident, with the incident's full current state. The same `event_id` can arrive twice.
    """

    event_time: int = 0
    """
    When the change happened, Unix milliseconds. Deliveries may arrive out of order; compare this value to drop an event older than one already handled.
    """
    event_type: Annotated[
        Literal[
            "i_new",
            "i_assign",
            "i_a_rspd",
            "i_snooze",
            "i_wake",
            "i_ack",
            "i_unack",
            "i_storm",
            "i_rslv",
            "i_reopen",
            "i_merge",
            "i_comm",
            "i_r_title",
            "i_r_desc",
            "i_r_impact",
            "i_r_rc",
            "i_r_rsltn",
            "i_r_severity",
            "i_r_field",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """
    What happened to the incident. `i_new` created, `i_assign` assigned, `i_a_rspd` responders added, `i_snooze` / `i_wake` snoozed / snooze cancelled, `i_ack` / `i_unack` acknowledged / acknowledgement withdrawn, `i_storm` alert-storm warning, `i_rslv` closed, `i_reopen` reopened, `i_merge` merged into another, `i_comm` commented, and `i_r_*` one field edited (`title`, `desc`ription, `impact`, `rc` root cause, `rsltn` resolution, `severity`, custom `field`). An incident webhook subscribed to `i_custom` receives that event too; it is described by `CustomActionEvent`. More types may be added later.
    """
    event_id: str = ""
    """
    Identifier of this event. A delivery that timed out may be sent again with the same value, so receivers must remember the IDs they processed and ignore repeats.
    """
    person: webhook_person.WebhookPerson | None = None
    incident: webhook_incident.WebhookIncident | None = None
