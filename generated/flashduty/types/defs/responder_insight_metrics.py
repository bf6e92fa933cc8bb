"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class ResponderInsightMetrics(FlashdutyModel):
    """
    Incident handling metrics of one responder. `ts` and `hours` are present only when the request asked for time buckets or hour splits.
    """

    ts: int | None = None
    """Start of the row's time bucket, Unix seconds; set when `aggregate_unit` is used."""
    hours: Literal["work", "sleep", False] | str | None = None
    """
    Part of the day an incident started in, by the account's hour settings: working hours, sleeping hours or other off hours.
    """
    account_id: int | None = None
    """Account of the row."""
    team_id: int | None = None
    """Team of the row, when grouped by team."""
    team_name: str | None = None
    """Team name, when grouped by team."""
    channel_id: int | None = None
    """Channel of the row, when grouped by channel."""
    channel_name: str | None = None
    """Channel name, when grouped by channel."""
    responder_id: int | None = None
    """Member the row is about."""
    responder_name: str | None = None
    """Member name."""
    total_incident_cnt: int | None = None
    """Incidents assigned to the responder."""
    total_incidents_acknowledged: int | None = None
    """Incidents the responder acknowledged."""
    total_incidents_reassigned: int | None = None
    """Of those incidents, how many were reassigned."""
    total_incidents_escalated: int | None = None
    """Of those incidents, how many were escalated."""
    total_incidents_timeout_escalated: int | None = None
    """Escalated because nobody acknowledged them in time."""
    total_incidents_manually_escalated: int | None = None
    """Escalated by a person."""
    total_interruptions: int | None = None
    """
    Interrupting notifications (SMS, voice, app push) the responder received; bursts within a minute count once.
    """
    total_notifications: int | None = None
    """Assignment notifications the responder received over all channels."""
    total_engaged_seconds: int | None = None
    """Time from the responder's acknowledgements to the incidents' close, summed, in seconds."""
    total_seconds_to_ack: int | None = None
    """Times from assignment to the responder's acknowledgement, summed, in seconds."""
    mean_seconds_to_ack: float | None = None
    """Average time to acknowledge in seconds."""
    acknowledgement_pct: float | None = None
    """Share of the responder's incidents they acknowledged, in percent."""
