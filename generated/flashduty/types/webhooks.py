"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from __future__ import annotations

from typing import Any, Literal

from .._models import FlashdutyModel

from ._internal import AssignedTo


class AlertWebhookEvent(FlashdutyModel):
    """
    What an alert webhook receives: one change to one alert, with the alert's full current state. The same `event_id` can arrive twice.
    """

    event_time: int
    """
    When the change happened, Unix milliseconds. Deliveries may arrive out of order; compare this value to drop an event older than one already handled.
    """
    event_type: Literal["a_new", "a_update", "a_merge", "a_close"] | str
    """
    What happened to the alert. `a_new` an integration event started a new alert, `a_update` a further event was folded into the alert and changed it (severity, status, labels, description...), `a_merge` the alert was grouped into an incident, `a_close` someone closed the alert by hand (always sent, it cannot be unsubscribed). More types may be added later.
    """
    event_id: str
    """
    Identifier of this event. A delivery that timed out may be sent again with the same value, so receivers must remember the IDs they processed and ignore repeats.
    """
    person: WebhookPerson | None = None
    alert: WebhookAlert | None


class CustomActionEvent(FlashdutyModel):
    """
    What a custom action endpoint receives when a responder presses the action's button on an incident: the incident's full current state, including its alerts. The same `event_id` can arrive twice.
    """

    event_time: int
    """
    When the action was triggered, Unix milliseconds.
    """
    event_type: Literal["i_custom"] | str
    """
    Always `i_custom`.
    """
    event_id: str
    """
    Identifier of this event. A delivery that timed out may be sent again with the same value, so receivers must remember the IDs they processed and ignore repeats (important when the action restarts or rolls back something).
    """
    person: WebhookPerson | None = None
    incident: CustomActionIncident | None


class IncidentEvent(FlashdutyModel):
    """
    What an incident webhook receives: one change to one incident, with the incident's full current state. The same `event_id` can arrive twice.
    """

    event_time: int
    """
    When the change happened, Unix milliseconds. Deliveries may arrive out of order; compare this value to drop an event older than one already handled.
    """
    event_type: (
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
        | str
    )
    """
    What happened to the incident. `i_new` created, `i_assign` assigned, `i_a_rspd` responders added, `i_snooze` / `i_wake` snoozed / snooze cancelled, `i_ack` / `i_unack` acknowledged / acknowledgement withdrawn, `i_storm` alert-storm warning, `i_rslv` closed, `i_reopen` reopened, `i_merge` merged into another, `i_comm` commented, and `i_r_*` one field edited (`title`, `desc`ription, `impact`, `rc` root cause, `rsltn` resolution, `severity`, custom `field`). An incident webhook subscribed to `i_custom` receives that event too; it is described by `CustomActionEvent`. More types may be added later.
    """
    event_id: str
    """
    Identifier of this event. A delivery that timed out may be sent again with the same value, so receivers must remember the IDs they processed and ignore repeats.
    """
    person: WebhookPerson | None = None
    incident: WebhookIncident | None


class WebhookAlertIncident(FlashdutyModel):
    """
    The incident an alert has been grouped into.
    """

    incident_id: str
    """
    Incident ID, 24 hexadecimal characters.
    """
    title: str
    """
    Incident title.
    """


class WebhookIncident(FlashdutyModel):
    """
    The incident as webhook payloads carry it: its state right after the event. Every delivery holds the complete latest state, so a receiver that missed an event can rely on the next one.
    """

    incident_id: str
    """
    Incident ID, 24 hexadecimal characters.
    """
    title: str
    """
    Title.
    """
    description: str | None = None
    """
    Free-text description.
    """
    impact: str | None = None
    """
    What the incident affects.
    """
    root_cause: str | None = None
    """
    Root cause as recorded by responders.
    """
    resolution: str | None = None
    """
    How it was resolved.
    """
    incident_severity: Literal["Critical", "Warning", "Info"] | str
    """
    How serious an incident is.
    """
    incident_status: Literal["Critical", "Warning", "Info", "Ok"] | str
    """
    Status derived from the incident's alerts; `Ok` once they all recovered.
    """
    progress: Literal["Triggered", "Processing", "Closed"] | str
    """
    Where the incident stands in its lifecycle.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """
    start_time: int
    """
    When it was triggered, Unix seconds.
    """
    last_time: int | None = 0
    """
    Latest event pushed into any of its alerts, Unix seconds; 0 if none.
    """
    end_time: int | None = 0
    """
    When it recovered, Unix seconds; 0 while active. An incident recovers by itself once all its alerts have recovered.
    """
    ack_time: int | None = 0
    """
    Earliest acknowledgement by any responder, Unix seconds; 0 if none.
    """
    close_time: int | None = 0
    """
    When its progress became `Closed`, Unix seconds; 0 while open. Not the same as `end_time`: recovery closes an incident, but closing one does not mark it recovered.
    """
    snoozed_before: int | None = None
    """
    Notifications snoozed until this Unix second; 0 if not snoozed.
    """
    labels: dict[str, str] | None = None
    """
    Labels of the first alert grouped into it; absent for incidents created by hand.
    """
    fields: dict[str, Any] | None = None
    """
    Custom field values by field name; each value's type follows the field's type.
    """
    creator: WebhookPerson | None = None
    """
    Who created it; present only for incidents created by hand.
    """
    closer: WebhookPerson | None = None
    """
    Who closed it; present only when it was closed by hand.
    """
    responders: list[WebhookResponder] | None = None
    """
    Responders; present once the incident has been assigned, so possibly empty on `i_new`.
    """
    alert_cnt: int | None = None
    """
    Number of alerts grouped into it.
    """
    channel_id: int | None = None
    """
    Channel it belongs to; 0 when none.
    """
    channel_name: str | None = None
    """
    Channel name.
    """
    detail_url: str
    """
    Link to the incident in the console.
    """
    group_method: Literal["n", "p", "i"] | str | None = None
    """
    How its alerts were grouped - `n` not grouped, `p` by rule, `i` intelligently.
    """
    account_id: int | None = None
    """
    Account that owns it (sample only).
    """
    account_name: str | None = None
    """
    Account name (sample only).
    """
    assigned_to: AssignedTo | None = None
    """
    Current assignment (sample only).
    """
    creator_id: int | None = None
    """
    Member who created it; 0 when the system did (sample only).
    """
    data_source_id: int | None = None
    """
    Integration that fed it; 0 for manual incidents (sample only).
    """
    dedup_key: str | None = None
    """
    Key that folds repeated alerts into it (sample only).
    """
    equals_md5: str | None = None
    """
    Content hash used to spot identical incidents (sample only).
    """
    num: str | None = None
    """
    Short display number (sample only).
    """
    responder_ids: list[int] | None = None
    """
    Member IDs of its responders (sample only).
    """


class CustomActionIncident(WebhookIncident):
    """
    The incident a custom action was run on, with its alerts.
    """

    alerts: list[WebhookIncidentAlert] | None = None
    """
    Alerts grouped into the incident.
    """


class WebhookIncidentAlert(FlashdutyModel):
    """
    An alert as webhook payloads carry it.
    """

    alert_id: str
    """
    Alert ID, 24 hexadecimal characters.
    """
    data_source_id: int
    """
    Integration that received the alert.
    """
    title: str
    """
    Title.
    """
    title_rule: str | None = None
    """
    Template the title was rendered from, e.g. `$resource::$check`.
    """
    description: str | None = None
    """
    Description.
    """
    alert_key: str
    """
    Key that folds events into this alert.
    """
    alert_severity: Literal["Critical", "Warning", "Info"] | str
    """
    How serious an incident is.
    """
    alert_status: Literal["Critical", "Warning", "Info", "Ok"] | str
    """
    Status or severity of an alert or event; `Ok` means it recovered.
    """
    progress: Literal["Triggered", "Closed"] | str
    """
    Whether the alert is still open.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """
    start_time: int
    """
    First event received for it, Unix seconds.
    """
    last_time: int
    """
    Latest event received for it, Unix seconds.
    """
    end_time: int | None = 0
    """
    Latest recovery event received for it, Unix seconds; 0 while active.
    """
    close_time: int | None = 0
    """
    When its progress became `Closed`, Unix seconds; 0 while open. Closing an alert does not mean it recovered.
    """
    labels: dict[str, str] | None = None
    event_cnt: int | None = None
    """
    Number of events folded into it.
    """
    account_id: int | None = None
    """
    Account that owns it (sample only).
    """
    responder_id: int | None = None
    """
    Main responder of its incident; 0 if none (sample only).
    """
    responder_name: str | None = None
    """
    Name of that responder (sample only).
    """
    responder_email: str | None = None
    """
    Email of that responder (sample only).
    """


class WebhookAlert(WebhookIncidentAlert):
    """
    The alert an alert webhook reports, with its integration, channel and incident.
    """

    data_source_name: str
    """
    Integration name.
    """
    data_source_type: str
    """
    Integration type, e.g. `aliyun-sls.alert`.
    """
    data_source_ref_id: str | None = None
    """
    Reference ID of the integration (sample only).
    """
    channel_id: int
    """
    Channel it was routed to.
    """
    channel_name: str
    """
    Channel name.
    """
    incident: WebhookAlertIncident | None = None


class WebhookPerson(FlashdutyModel):
    """
    The member who caused the event. Present only when a person acted; absent for changes made by the system (automatic creation, escalation, recovery...).
    """

    person_id: int
    """
    Member ID.
    """
    person_name: str
    """
    Display name.
    """
    email: str
    """
    Email address.
    """


class WebhookResponder(FlashdutyModel):
    """
    A member responding to the incident, as webhook payloads list them.
    """

    person_id: int
    """
    Member ID.
    """
    person_name: str
    """
    Display name.
    """
    email: str
    """
    Email address.
    """
    assigned_at: int | None = None
    """
    When they were assigned, Unix seconds.
    """
    acknowledged_at: int | None = None
    """
    When they acknowledged, Unix seconds; 0 if not yet.
    """
