"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from __future__ import annotations

from typing import Any, Literal

from .._models import FlashdutyModel
from pydantic import RootModel

from ._internal import AssignedTo, Responder
from .common import Page


class InsightAlertTop(FlashdutyModel):
    """
    Alert counts of one `check` or `resource` label value.
    """

    label: str | None = None
    """
    Value of the grouping label: a check name or a resource.
    """
    hours: Literal["work", "sleep", False] | str | None = None
    """
    Part of the day an incident started in, by the account's hour settings: working hours, sleeping hours or other off hours.
    """
    total_alert_cnt: int | None = None
    """
    Alerts with this label value.
    """
    total_alert_event_cnt: int | None = None
    """
    Raw alert events with this label value.
    """


class InsightAlertTopList(FlashdutyModel):
    """
    The top label values by alert volume.
    """

    items: list[InsightAlertTop] | None = None
    """
    Label values, most alerts first unless `asc` is set.
    """


class InsightHours(RootModel[Literal["work", "sleep", False] | str]):
    root: Literal["work", "sleep", False] | str
    """
    Part of the day an incident started in, by the account's hour settings: working hours, sleeping hours or other off hours.
    """


class InsightIncident(FlashdutyModel):
    """
    An incident as the analytics incident list shows it: where it ran, how it was handled, and how much notifying, assigning and escalating it caused.
    """

    incident_id: str | None = None
    """
    Incident ID, 24 hexadecimal characters.
    """
    title: str | None = None
    """
    Title.
    """
    description: str | None = None
    """
    Description.
    """
    team_id: int | None = None
    """
    Team owning the incident's channel.
    """
    team_name: str | None = None
    """
    Team name.
    """
    channel_id: int | None = None
    """
    Channel of the incident.
    """
    channel_name: str | None = None
    """
    Channel name.
    """
    progress: str | None = None
    """
    Lifecycle state, e.g. `Triggered`, `Processing` or `Closed`.
    """
    severity: Literal["Critical", "Warning", "Info", "Ok"] | str | None = None
    """
    Status derived from the incident's alerts; `Ok` once they all recovered.
    """
    created_at: int | None = None
    """
    When it was triggered, Unix seconds.
    """
    closed_by: Literal["auto", "timeout", "manually"] | str | None = None
    """
    How it was closed - alerts recovered, auto-close timeout, or by a person.
    """
    seconds_to_ack: int | None = None
    """
    Time from trigger to first acknowledgement, seconds.
    """
    seconds_to_close: int | None = None
    """
    Time from trigger to close, seconds.
    """
    engaged_seconds: int | None = None
    """
    Once closed: time from each responder's acknowledgement to the close, summed, seconds.
    """
    hours: Literal["work", "sleep", False] | str | None = None
    """
    Part of the day an incident started in, by the account's hour settings: working hours, sleeping hours or other off hours.
    """
    responders: list[Responder] | None = None
    """
    Current responders.
    """
    assigned_to: AssignedTo | None = None
    labels: dict[str, str] | None = None
    fields: dict[str, Any] | None = None
    """
    Map from custom field name to its value.
    """
    notifications: int | None = None
    """
    Notifications sent for it over all channels.
    """
    interruptions: int | None = None
    """
    Interrupting notifications (SMS, voice, app push); bursts within a minute count once.
    """
    assignments: int | None = None
    """
    Times it was assigned.
    """
    reassignments: int | None = None
    """
    Times it was reassigned.
    """
    acknowledgements: int | None = None
    """
    Times it was acknowledged.
    """
    escalations: int | None = None
    """
    Times it was escalated.
    """
    timeout_escalations: int | None = None
    """
    Escalations because nobody acknowledged in time.
    """
    manual_escalations: int | None = None
    """
    Escalations made by a person.
    """
    creator_id: int | None = None
    """
    Member who created it; 0 when the system did.
    """
    creator_name: str | None = None
    """
    Creator's name.
    """


class InsightIncidentPage(Page):
    """
    One page of the analytics incident list.
    """

    items: list[InsightIncident] | None
    """
    Incidents on this page.
    """
    search_after_ctx: str | None = None
    """
    Cursor for the next page; pass it back as `search_after_ctx`.
    """


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
    """
    Account of the row.
    """
    team_id: int | None = None
    """
    Team of the row, in team reports.
    """
    team_name: str | None = None
    """
    Team name, in team reports.
    """
    channel_id: int | None = None
    """
    Channel of the row, in channel reports.
    """
    channel_name: str | None = None
    """
    Channel name, in channel reports.
    """
    responder_id: int | None = None
    """
    Responder of the row, when grouped by responder.
    """
    responder_name: str | None = None
    """
    Responder name, when grouped by responder.
    """
    total_incident_cnt: int | None = None
    """
    Incidents triggered.
    """
    total_incidents_acknowledged: int | None = None
    """
    Incidents someone acknowledged.
    """
    total_incidents_closed: int | None = None
    """
    Incidents closed, by any means.
    """
    total_incidents_auto_closed: int | None = None
    """
    Incidents closed automatically because their alerts recovered.
    """
    total_incidents_manually_closed: int | None = None
    """
    Incidents closed by a person.
    """
    total_incidents_timeout_closed: int | None = None
    """
    Incidents closed by the channel's auto-close timeout.
    """
    total_incidents_escalated: int | None = None
    """
    Incidents escalated, by any means.
    """
    total_incidents_manually_escalated: int | None = None
    """
    Incidents a person escalated.
    """
    total_incidents_timeout_escalated: int | None = None
    """
    Incidents escalated because nobody acknowledged them in time.
    """
    total_incidents_reassigned: int | None = None
    """
    Incidents reassigned to other responders.
    """
    total_interruptions: int | None = None
    """
    Assignment notifications that interrupt someone: SMS, voice and app push only. Several channels at once to one responder, or a notification within a minute of the previous one, count as one interruption.
    """
    total_notifications: int | None = None
    """
    Assignment notifications sent over all channels.
    """
    total_engaged_seconds: int | None = None
    """
    Time responders spent on incidents, summed: for each responder, from their acknowledgement to the incident's close (snoozed time included); 0 for incidents nobody acknowledged.
    """
    total_seconds_to_ack: int | None = None
    """
    Times from trigger to first acknowledgement, summed, in seconds.
    """
    total_seconds_to_close: int | None = None
    """
    Times from trigger to close, summed, in seconds.
    """
    mean_seconds_to_ack: float | None = None
    """
    Average time from trigger to first acknowledgement (MTTA) in seconds.
    """
    mean_seconds_to_close: float | None = None
    """
    Average time from trigger to close (MTTR) in seconds.
    """
    noise_reduction_pct: float | None = None
    """
    Share of alert events that did not become incidents, in percent: 100 - incidents / alert events × 100.
    """
    acknowledgement_pct: float | None = None
    """
    Share of incidents acknowledged, in percent.
    """
    total_alert_cnt: int | None = None
    """
    Alerts triggered.
    """
    total_alert_event_cnt: int | None = None
    """
    Raw alert events received.
    """


class InsightMetricsList(FlashdutyModel):
    """
    Rows of an account, team or channel metrics report.
    """

    items: list[InsightMetrics] | None = None
    """
    One row per dimension value, time bucket and hour split requested; a single row when nothing splits the window.
    """


class OncallChangeCount(FlashdutyModel):
    """
    Changes recorded in one period.
    """

    ts: int
    """
    End of the period, Unix seconds.
    """
    change_cnt: int
    """
    Changes.
    """
    change_event_cnt: int
    """
    Raw change events received.
    """


class OncallChangeCountList(FlashdutyModel):
    """
    Change counts per period.
    """

    items: list[OncallChangeCount] | None
    """
    One entry per period of the requested `step`.
    """


class OncallNotificationCount(FlashdutyModel):
    """
    Notifications sent in one period, by channel.
    """

    ts: int
    """
    End of the period, Unix seconds.
    """
    sms_cnt: int
    """
    SMS messages sent.
    """
    voice_cnt: int
    """
    Voice calls placed.
    """
    email_cnt: int
    """
    Emails sent.
    """


class OncallNotificationCountList(FlashdutyModel):
    """
    Notification counts per period.
    """

    items: list[OncallNotificationCount] | None
    """
    One entry per period of the requested `step`.
    """


class ResponderInsightMetrics(FlashdutyModel):
    """
    Incident handling metrics of one responder. `ts` and `hours` are present only when the request asked for time buckets or hour splits.
    """

    ts: int | None = None
    """
    Start of the row's time bucket, Unix seconds; set when `aggregate_unit` is used.
    """
    hours: Literal["work", "sleep", False] | str | None = None
    """
    Part of the day an incident started in, by the account's hour settings: working hours, sleeping hours or other off hours.
    """
    account_id: int | None = None
    """
    Account of the row.
    """
    team_id: int | None = None
    """
    Team of the row, when grouped by team.
    """
    team_name: str | None = None
    """
    Team name, when grouped by team.
    """
    channel_id: int | None = None
    """
    Channel of the row, when grouped by channel.
    """
    channel_name: str | None = None
    """
    Channel name, when grouped by channel.
    """
    responder_id: int | None = None
    """
    Member the row is about.
    """
    responder_name: str | None = None
    """
    Member name.
    """
    total_incident_cnt: int | None = None
    """
    Incidents assigned to the responder.
    """
    total_incidents_acknowledged: int | None = None
    """
    Incidents the responder acknowledged.
    """
    total_incidents_reassigned: int | None = None
    """
    Of those incidents, how many were reassigned.
    """
    total_incidents_escalated: int | None = None
    """
    Of those incidents, how many were escalated.
    """
    total_incidents_timeout_escalated: int | None = None
    """
    Escalated because nobody acknowledged them in time.
    """
    total_incidents_manually_escalated: int | None = None
    """
    Escalated by a person.
    """
    total_interruptions: int | None = None
    """
    Interrupting notifications (SMS, voice, app push) the responder received; bursts within a minute count once.
    """
    total_notifications: int | None = None
    """
    Assignment notifications the responder received over all channels.
    """
    total_engaged_seconds: int | None = None
    """
    Time from the responder's acknowledgements to the incidents' close, summed, in seconds.
    """
    total_seconds_to_ack: int | None = None
    """
    Times from assignment to the responder's acknowledgement, summed, in seconds.
    """
    mean_seconds_to_ack: float | None = None
    """
    Average time to acknowledge in seconds.
    """
    acknowledgement_pct: float | None = None
    """
    Share of the responder's incidents they acknowledged, in percent.
    """


class ResponderInsightMetricsList(FlashdutyModel):
    """
    Rows of a responder metrics report.
    """

    items: list[ResponderInsightMetrics] | None = None
    """
    One row per responder, time bucket and hour split requested.
    """
