"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class ResponderInsightMetrics(FlashdutyModel):
    """
    Incident handling metrics of one responder. `ts` and `hours` are present only when the request asked for time buckets or hour splits.
    """

    ts: int = 0
    """Start of the row's time bucket, Unix seconds; set when `aggregate_unit` is used."""
    hours: Annotated[Literal["work", "sleep", False] | EnumValue, OPEN_ENUM] = EnumValue("")
    """
    Part of the day an incident started in, by the account's hour settings: working hours, sleeping hours or other off hours.
    """
    account_id: int = 0
    """Account of the row."""
    team_id: int = 0
    """Team of the row, when grouped by team."""
    team_name: str = ""
    """Team name, when grouped by team."""
    channel_id: int = 0
    """Channel of the row, when grouped by channel."""
    channel_name: str = ""
    """Channel name, when grouped by channel."""
    responder_id: int = 0
    """Member the row is about."""
    responder_name: str = ""
    """Member name."""
    total_incident_cnt: int = 0
    """Incidents assigned to the responder."""
    total_incidents_acknowledged: int = 0
    """Incidents the responder acknowledged."""
    total_incidents_reassigned: int = 0
    """Of those incidents, how many were reassigned."""
    total_incidents_escalated: int = 0
    """Of those incidents, how many were escalated."""
    total_incidents_timeout_escalated: int = 0
    """Escalated because nobody acknowledged them in time."""
    total_incidents_manually_escalated: int = 0
    """Escalated by a person."""
    total_interruptions: int = 0
    """
    Interrupting notifications (SMS, voice, app push) the responder received; bursts within a minute count once.
    """
    total_notifications: int = 0
    """Assignment notifications the responder received over all channels."""
    total_engaged_seconds: int = 0
    """Time from the responder's acknowledgements to the incidents' close, summed, in seconds."""
    total_seconds_to_ack: int = 0
    """Times from assignment to the responder's acknowledgement, summed, in seconds."""
    mean_seconds_to_ack: float = 0.0
    """Average time to acknowledge in seconds."""
    acknowledgement_pct: float = 0.0
    """Share of the responder's incidents they acknowledged, in percent."""
