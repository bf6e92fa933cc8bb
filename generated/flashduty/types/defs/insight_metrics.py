"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class InsightMetrics(FlashdutyModel):
    """
    Incident and alert metrics for one row of an account, team or channel report. The dimension fields (`team_id`, `channel_id`, …) are present only when the report groups by them; `ts` and `hours` only when the request asked for time buckets or hour splits.
    """

    ts: int | None = None
    """
    Start of the row's time bucket, Unix seconds (midnight in `time_zone` for daily buckets); set when `aggregate_unit` is used.
    """
    hours: Literal["work", "sleep", False] | str | None = None
    """
    Part of the day an incident started in, by the account's hour settings: working hours, sleeping hours or other off hours.
    """
    account_id: int | None = None
    """Account of the row."""
    team_id: int | None = None
    """Team of the row, in team reports."""
    team_name: str | None = None
    """Team name, in team reports."""
    channel_id: int | None = None
    """Channel of the row, in channel reports."""
    channel_name: str | None = None
    """Channel name, in channel reports."""
    responder_id: int | None = None
    """Responder of the row, when grouped by responder."""
    responder_name: str | None = None
    """Responder name, when grouped by responder."""
    total_incident_cnt: int | None = None
    """Incidents triggered."""
    total_incidents_acknowledged: int | None = None
    """Incidents someone acknowledged."""
    total_incidents_closed: int | None = None
    """Incidents closed, by any means."""
    total_incidents_auto_closed: int | None = None
    """Incidents closed automatically because their alerts recovered."""
    total_incidents_manually_closed: int | None = None
    """Incidents closed by a person."""
    total_incidents_timeout_closed: int | None = None
    """Incidents closed by the channel's auto-close timeout."""
    total_incidents_escalated: int | None = None
    """Incidents escalated, by any means."""
    total_incidents_manually_escalated: int | None = None
    """Incidents a person escalated."""
    total_incidents_timeout_escalated: int | None = None
    """Incidents escalated because nobody acknowledged them in time."""
    total_incidents_reassigned: int | None = None
    """Incidents reassigned to other responders."""
    total_interruptions: int | None = None
    """
    Assignment notifications that interrupt someone: SMS, voice and app push only. Several channels at once to one responder, or a notification within a minute of the previous one, count as one interruption.
    """
    total_notifications: int | None = None
    """Assignment notifications sent over all channels."""
    total_engaged_seconds: int | None = None
    """
    Time responders spent on incidents, summed: for each responder, from their acknowledgement to the incident's close (snoozed time included); 0 for incidents nobody acknowledged.
    """
    total_seconds_to_ack: int | None = None
    """Times from trigger to first acknowledgement, summed, in seconds."""
    total_seconds_to_close: int | None = None
    """Times from trigger to close, summed, in seconds."""
    mean_seconds_to_ack: float | None = None
    """Average time from trigger to first acknowledgement (MTTA) in seconds."""
    mean_seconds_to_close: float | None = None
    """Average time from trigger to close (MTTR) in seconds."""
    noise_reduction_pct: float | None = None
    """
    Share of alert events that did not become incidents, in percent: 100 - incidents / alert events × 100.
    """
    acknowledgement_pct: float | None = None
    """Share of incidents acknowledged, in percent."""
    total_alert_cnt: int | None = None
    """Alerts triggered."""
    total_alert_event_cnt: int | None = None
    """Raw alert events received."""
