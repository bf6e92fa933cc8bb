"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class InsightMetrics(FlashdutyModel):
    """
    Incident and alert metrics for one row of an account, team or channel report. The dimension fields (`team_id`, `channel_id`, …) are present only when the report groups by them; `ts` and `hours` only when the request asked for time buckets or hour splits.
    """

    ts: int = 0
    """
    Start of the row's time bucket, Unix seconds (midnight in `time_zone` for daily buckets); set when `aggregate_unit` is used.
    """
    hours: Annotated[Literal["work", "sleep", False] | EnumValue, OPEN_ENUM] = EnumValue("")
    """
    Part of the day an incident started in, by the account's hour settings: working hours, sleeping hours or other off hours.
    """
    account_id: int = 0
    """Account of the row."""
    team_id: int = 0
    """Team of the row, in team reports."""
    team_name: str = ""
    """Team name, in team reports."""
    channel_id: int = 0
    """Channel of the row, in channel reports."""
    channel_name: str = ""
    """Channel name, in channel reports."""
    responder_id: int = 0
    """Responder of the row, when grouped by responder."""
    responder_name: str = ""
    """Responder name, when grouped by responder."""
    total_incident_cnt: int = 0
    """Incidents triggered."""
    total_incidents_acknowledged: int = 0
    """Incidents someone acknowledged."""
    total_incidents_closed: int = 0
    """Incidents closed, by any means."""
    total_incidents_auto_closed: int = 0
    """Incidents closed automatically because their alerts recovered."""
    total_incidents_manually_closed: int = 0
    """Incidents closed by a person."""
    total_incidents_timeout_closed: int = 0
    """Incidents closed by the channel's auto-close timeout."""
    total_incidents_escalated: int = 0
    """Incidents escalated, by any means."""
    total_incidents_manually_escalated: int = 0
    """Incidents a person escalated."""
    total_incidents_timeout_escalated: int = 0
    """Incidents escalated because nobody acknowledged them in time."""
    total_incidents_reassigned: int = 0
    """Incidents reassigned to other responders."""
    total_interruptions: int = 0
    """
    Assignment notifications that interrupt someone: SMS, voice and app push only. Several channels at once to one responder, or a notification within a minute of the previous one, count as one interruption.
    """
    total_notifications: int = 0
    """Assignment notifications sent over all channels."""
    total_engaged_seconds: int = 0
    """
    Time responders spent on incidents, summed: for each responder, from their acknowledgement to the incident's close (snoozed time included); 0 for incidents nobody acknowledged.
    """
    total_seconds_to_ack: int = 0
    """Times from trigger to first acknowledgement, summed, in seconds."""
    total_seconds_to_close: int = 0
    """Times from trigger to close, summed, in seconds."""
    mean_seconds_to_ack: float = 0.0
    """Average time from trigger to first acknowledgement (MTTA) in seconds."""
    mean_seconds_to_close: float = 0.0
    """Average time from trigger to close (MTTR) in seconds."""
    noise_reduction_pct: float = 0.0
    """
    Share of alert events that did not become incidents, in percent: 100 - incidents / alert events × 100.
    """
    acknowledgement_pct: float = 0.0
    """Share of incidents acknowledged, in percent."""
    total_alert_cnt: int = 0
    """Alerts triggered."""
    total_alert_event_cnt: int = 0
    """Raw alert events received."""
