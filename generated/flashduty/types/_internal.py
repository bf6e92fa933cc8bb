"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._models import FlashdutyModel
from pydantic import ConfigDict, Field, RootModel

from . import channels, common
from .common import Page


class Alert(FlashdutyModel):
    """
    An alert: the events sharing one `alert_key` within an integration, folded together, with the incident it was grouped into.
    """

    alert_id: str
    """
    Alert ID, 24 hexadecimal characters.
    """
    account_id: int | None = None
    """
    Account that owns the alert.
    """
    channel_id: int
    """
    Receiving channel; 0 if the alert reached no channel.
    """
    channel_name: str
    """
    Channel name.
    """
    channel_status: str | None = None
    """
    Channel status, e.g. `enabled` or `disabled`.
    """
    integration_id: int
    """
    Integration that received the alert.
    """
    integration_name: str
    """
    Integration name.
    """
    integration_type: str
    """
    Integration type, e.g. `prometheus.alert`.
    """
    integration_ref_id: str | None = None
    """
    Reference ID of the integration.
    """
    title: str
    """
    Title.
    """
    title_rule: str | None = None
    """
    Template the title was rendered from, e.g. `$service::$cluster`.
    """
    description: str | None = None
    """
    Description; plain text, Markdown or HTML.
    """
    alert_key: str
    """
    Key that folds events into this alert.
    """
    alert_severity: Literal["Critical", "Warning", "Info", "Ok"] | str
    """
    Status or severity of an alert or event; `Ok` means it recovered.
    """
    alert_status: Literal["Critical", "Warning", "Info", "Ok"] | str
    """
    Status or severity of an alert or event; `Ok` means it recovered.
    """
    start_time: int
    """
    When it fired, Unix seconds.
    """
    last_time: int
    """
    When the latest event was folded in, Unix seconds.
    """
    end_time: int | None = None
    """
    When it recovered or was closed, Unix seconds; 0 while active.
    """
    created_at: int
    """
    Record creation time, Unix seconds (usually `start_time`).
    """
    updated_at: int
    """
    Last change of any kind, Unix seconds.
    """
    deleted_at: int | None = None
    """
    When it was deleted, Unix seconds; 0 if not.
    """
    labels: dict[str, str] | None
    ever_muted: bool | None = None
    """
    Whether a silence or inhibit rule ever matched it.
    """
    responder_name: str | None = None
    """
    Name of the main responder of its incident, if any.
    """
    responder_email: str | None = None
    """
    Email of that responder, if any.
    """
    event_cnt: int | None = None
    """
    Events folded into the alert so far.
    """
    incident: AlertIncident | None = None
    events: list[AlertEvent] | None = None
    """
    Its recent events; only some operations fill this in.
    """
    images: list[Image] | None = None
    """
    Attached images.
    """
    data_source_id: int | None = None
    """
    Old name of `integration_id`.
    """
    data_source_name: str | None = None
    """
    Old name of `integration_name`.
    """
    data_source_type: str | None = None
    """
    Old name of `integration_type`.
    """
    data_source_ref_id: str | None = None
    """
    Old name of `integration_ref_id`.
    """


class AlertCard(FlashdutyModel):
    """
    A group of alerts sharing the values a card view groups by.
    """

    title: str
    """
    Card title, built from the shared values.
    """
    total: int
    """
    Alerts in the card.
    """
    alert_severity: str
    """
    Highest severity among them.
    """
    alert_ids: list[str] | None
    """
    The alerts in the card.
    """


class AlertCardList(FlashdutyModel):
    """
    Alerts grouped into cards.
    """

    items: list[AlertCard] | None
    """
    Cards; at most 100 are returned.
    """


class AlertCardView(FlashdutyModel):
    """
    A saved way of grouping the alert list into cards.
    """

    view_id: str
    """
    View ID.
    """
    view_name: str
    """
    View name.
    """
    priority: int | None = None
    """
    Display order.
    """
    equals: list[str] | None
    """
    Fields whose values must match for alerts to share a card: `labels.<key>` for a label, or an attribute such as `alert_severity`, `title`, `alert_status` or `data_source_id`.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """


class AlertCardViewCreated(FlashdutyModel):
    """
    The card view just created.
    """

    view_id: str
    """
    ID of the new view.
    """


class AlertCardViewList(FlashdutyModel):
    """
    The account's card views.
    """

    items: list[AlertCardView] | None
    """
    Card views.
    """


class AlertCardViewUpdated(FlashdutyModel):
    """
    The card view just updated.
    """

    rule_id: str
    """
    ID of the updated view.
    """


class AlertEvent(FlashdutyModel):
    """
    One raw event as an integration received it, before folding into an alert.
    """

    event_id: str
    """
    Alert event ID, 24 hexadecimal characters.
    """
    alert_id: str
    """
    Alert ID, 24 hexadecimal characters.
    """
    account_id: int | None = None
    """
    Account that owns the event.
    """
    channel_id: int
    """
    Receiving channel of the event.
    """
    integration_id: int
    """
    Integration that received the event.
    """
    integration_type: str | None = None
    """
    Type of that integration.
    """
    title: str
    """
    Title.
    """
    title_rule: str
    """
    Template the title was rendered from.
    """
    description: str | None = None
    """
    Description.
    """
    alert_key: str | None = None
    """
    Key that folded the event into its alert.
    """
    event_severity: Literal["Critical", "Warning", "Info", "Ok"] | str
    """
    Status or severity of an alert or event; `Ok` means it recovered.
    """
    event_status: Literal["Critical", "Warning", "Info", "Ok"] | str
    """
    Status or severity of an alert or event; `Ok` means it recovered.
    """
    event_time: int
    """
    When the event happened, Unix seconds.
    """
    labels: dict[str, str] | None = None
    images: list[Image] | None = None
    """
    Attached images.
    """
    created_at: int | None = None
    """
    Record creation time, Unix seconds.
    """
    updated_at: int | None = None
    """
    Record update time, Unix seconds.
    """
    deleted_at: int | None = None
    """
    When it was deleted, Unix seconds; 0 if not.
    """
    data_source_id: int | None = None
    """
    Old name of `integration_id`.
    """


class AlertEventId(RootModel[str]):
    root: str
    """
    Alert event ID, 24 hexadecimal characters.
    """


class AlertEventList(FlashdutyModel):
    """
    The raw events of one alert.
    """

    items: list[AlertEvent] | None
    """
    Events, oldest first.
    """


class AlertEventPage(Page):
    """
    One page of raw alert events.
    """

    items: list[AlertEvent] | None
    """
    Events on this page.
    """
    search_after_ctx: str | None = None
    """
    Cursor for the next page; pass it back as `search_after_ctx`.
    """


class AlertFeedItem(FlashdutyModel):
    """
    One entry of an alert's activity feed.
    """

    ref_id: str
    """
    Alert ID, 24 hexadecimal characters.
    """
    type: (
        Literal["a_new", "a_update", "a_close", "a_comm", "a_merge", "a_m_silence", "a_m_inhibit"]
        | str
    )
    """
    Kind of entry in an alert's activity feed.
    """
    detail: dict[str, Any] | None
    """
    What happened; its keys depend on `type` (see AlertFeedType).
    """
    account_id: int | None = None
    """
    Account that owns the alert.
    """
    creator_id: int
    """
    Member who caused the entry; 0 for the system.
    """
    created_at: int
    """
    When it happened, Unix milliseconds.
    """
    updated_at: int | None = None
    """
    Last change of the entry, Unix milliseconds.
    """


class AlertFeedPage(FlashdutyModel):
    """
    One page of an alert's activity feed.
    """

    has_next_page: bool | None = None
    """
    Whether another page follows this one.
    """
    items: list[AlertFeedItem] | None
    """
    Feed entries on this page.
    """


class AlertFeedType(
    RootModel[
        Literal[
            "a_new",
            "a_update",
            "a_close",
            "a_comm",
            "a_merge",
            "a_m_silence",
            "a_m_inhibit",
        ]
        | str
    ]
):
    root: (
        Literal["a_new", "a_update", "a_close", "a_comm", "a_merge", "a_m_silence", "a_m_inhibit"]
        | str
    )
    """
    Kind of entry in an alert's activity feed.
    """


class AlertId(RootModel[str]):
    root: str
    """
    Alert ID, 24 hexadecimal characters.
    """


class AlertIncident(FlashdutyModel):
    """
    The incident an alert was grouped into.
    """

    incident_id: str | None = None
    """
    Incident ID.
    """
    title: str | None = None
    """
    Incident title.
    """
    progress: str | None = None
    """
    Where the incident stands - `Triggered`, `Processing` or `Closed`.
    """


class AlertPage(Page):
    """
    One page of alerts.
    """

    items: list[Alert] | None
    """
    Alerts on this page.
    """
    search_after_ctx: str | None = None
    """
    Cursor for the next page; pass it back as `search_after_ctx`.
    """


class AlertPipeline(FlashdutyModel):
    """
    The processing rules of one integration, applied in order to each incoming alert.
    """

    integration_id: int
    """
    Integration the pipeline belongs to.
    """
    rules: list[AlertPipelineRule] | None
    """
    Rules, in the order they run.
    """
    status: str | None = None
    """
    `enabled` or `disabled`.
    """
    creator_id: int | None = None
    """
    Member who created it.
    """
    updated_by: int | None = None
    """
    Member who changed it last.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """


class AlertPipelineDescriptionReset(FlashdutyModel):
    """
    Settings of a `description_reset` rule.
    """

    description: str
    """
    New description; a Go template over the alert's fields.
    """


class AlertPipelineDrop(FlashdutyModel):
    """
    Settings of an `alert_drop` rule; it has none, send `{}`.
    """


class AlertPipelineInhibit(FlashdutyModel):
    """
    Settings of an `alert_inhibit` rule.
    """

    equals: list[str] | None
    """
    Label keys whose values must be equal in the source alert and this one.
    """
    source_filters: list[channels.FilterAndGroup] | None
    """
    Active alerts that, when matched, mute this one.
    """


class AlertPipelineList(FlashdutyModel):
    """
    Pipelines of several integrations.
    """

    items: list[AlertPipeline] | None
    """
    One pipeline per integration that has one.
    """


class AlertPipelineRule(FlashdutyModel):
    """
    One processing rule; `settings` takes the shape that matches `kind`.
    """

    kind: (
        Literal["title_reset", "description_reset", "severity_reset", "alert_drop", "alert_inhibit"]
        | str
    )
    """
    What the rule does.
    """
    if_: Annotated[list[channels.FilterAndGroup] | None, Field(alias="if")] = None
    """
    Alerts the rule applies to; every alert when empty or null.
    """
    settings: (
        AlertPipelineTitleReset
        | AlertPipelineDescriptionReset
        | AlertPipelineSeverityReset
        | AlertPipelineInhibit
        | AlertPipelineDrop
    )
    """
    Settings of the rule, shaped by `kind`.
    """


class AlertPipelineSeverityReset(FlashdutyModel):
    """
    Settings of a `severity_reset` rule.
    """

    severity: Literal["Critical", "Warning", "Info"] | str
    """
    How serious an incident is.
    """


class AlertPipelineTitleReset(FlashdutyModel):
    """
    Settings of a `title_reset` rule.
    """

    title: str
    """
    New title; a Go template over the alert's fields.
    """


class AlertStatus(RootModel[Literal["Critical", "Warning", "Info", "Ok"] | str]):
    root: Literal["Critical", "Warning", "Info", "Ok"] | str
    """
    Status or severity of an alert or event; `Ok` means it recovered.
    """


class AssignedTo(FlashdutyModel):
    """
    Who an incident is assigned to, directly or through an escalation rule. In requests give `person_ids` (or `emails`) for a direct assignment, or `escalate_rule_id` (and optionally `layer_idx`) to follow a rule.
    """

    person_ids: list[int] | None = None
    """
    Members assigned directly.
    """
    escalate_rule_id: str | None = None
    """
    Escalation rule that drives the assignment.
    """
    layer_idx: int | None = None
    """
    Current level of that escalation rule, from 0.
    """
    type: Literal["assign", "reassign", "escalate", "reopen", ""] | str | None = None
    """
    How the assignment came about - `assign` direct, `reassign` changed by a person, `escalate` by the escalation rule, `reopen` redone on reopening. Responses carry an empty string for an incident never assigned.
    """
    emails: list[str] | None = None
    """
    Addresses to email; ServiceNow and similar integrations use this.
    """
    escalate_rule_name: str | None = None
    """
    Name of that escalation rule (set by the server).
    """
    assigned_at: int | None = None
    """
    When the assignment was made, Unix seconds.
    """
    id: str | None = None
    """
    Assignment ID, chosen by the server.
    """
    notify: NotifyOverride | None = None


class Change(FlashdutyModel):
    """
    A change (deployment, configuration change…) built from the change events sharing one `change_key`.
    """

    change_id: str
    """
    Change ID.
    """
    data_source_id: int
    """
    Change integration that received it.
    """
    data_source_name: str
    """
    Name of that integration.
    """
    title: str
    """
    Title.
    """
    description: str | None = None
    """
    Description.
    """
    change_key: str
    """
    Key that folds change events into this change, usually a ticket number.
    """
    change_status: Literal["Planned", "Ready", "Processing", "Canceled", "Done"] | str
    """
    Where a change stands.
    """
    start_time: int
    """
    When it started, Unix seconds.
    """
    last_time: int
    """
    When the latest event was folded in, Unix seconds.
    """
    end_time: int
    """
    When it ended, Unix seconds; 0 while ongoing.
    """
    labels: dict[str, str] | None = None
    events: list[ChangeEvent] | None = None
    """
    Its events, when `include_events` was set.
    """


class ChangeEvent(FlashdutyModel):
    """
    One change event as pushed to a change integration.
    """

    event_id: str
    """
    Event ID.
    """
    integration_id: int
    """
    Change integration that received it.
    """
    title: str
    """
    Title.
    """
    description: str | None = None
    """
    Description.
    """
    change_key: str
    """
    Key of the change it belongs to.
    """
    change_status: Literal["Planned", "Ready", "Processing", "Canceled", "Done"] | str
    """
    Where a change stands.
    """
    link: str
    """
    URL of the change ticket.
    """
    event_time: int
    """
    When it happened, Unix seconds.
    """
    labels: dict[str, str] | None = None


class ChangePage(Page):
    """
    One page of changes.
    """

    items: list[Change] | None
    """
    Changes on this page.
    """


class ChangeStatus(RootModel[Literal["Planned", "Ready", "Processing", "Canceled", "Done"] | str]):
    root: Literal["Planned", "Ready", "Processing", "Canceled", "Done"] | str
    """
    Where a change stands.
    """


class CustomActionResult(FlashdutyModel):
    """
    Outcome of running a custom action.
    """

    message: str | None = None
    """
    Error reported by the action's endpoint when its call failed; empty or absent on success.
    """


class Enrichment(FlashdutyModel):
    """
    The label enrichment rules of one integration, applied in order to each incoming alert.
    """

    integration_id: int
    """
    Integration the rules belong to.
    """
    rules: list[EnrichmentRule] | None
    """
    Rules, in the order they run.
    """
    status: str | None = None
    """
    `enabled` or `disabled`.
    """
    creator_id: int | None = None
    """
    Member who created them.
    """
    updated_by: int | None = None
    """
    Member who changed them last.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """


class EnrichmentComposition(FlashdutyModel):
    """
    Settings of a `composition` rule.
    """

    result_label: str
    """
    Label to write.
    """
    template: str
    """
    Go template, e.g. `{{.labels.region}}-{{.labels.env}}`.
    """
    override: bool | None = None
    """
    If true, a label that is already set gets replaced; off by default.
    """


class EnrichmentDrop(FlashdutyModel):
    """
    Settings of a `drop` rule.
    """

    drop_labels: list[str] | None
    """
    Label keys to remove.
    """


class EnrichmentExtraction(FlashdutyModel):
    """
    Settings of an `extraction` rule. Give exactly one of `pattern` and `g_json`.
    """

    source_field: str
    """
    Field to read: `title`, `description` or `labels.<key>`.
    """
    result_label: str
    """
    Label to write.
    """
    pattern: str | None = None
    """
    RE2 regular expression; a named group `result` selects the part to keep.
    """
    g_json: str | None = None
    """
    GJSON path, for fields that hold JSON.
    """
    override: bool | None = None
    """
    If true, a label that is already set gets replaced; off by default.
    """


class EnrichmentList(FlashdutyModel):
    """
    Enrichment rules of several integrations.
    """

    items: list[Enrichment] | None
    """
    One rule set per integration that has one.
    """


class EnrichmentMapping(FlashdutyModel):
    """
    Settings of a `mapping` rule.
    """

    result_labels: list[str] | None
    """
    Labels to fill in from the lookup result.
    """
    mapping_type: Literal["schema", "api"] | str | None = "schema"
    """
    Look up in a mapping schema or call a mapping API.
    """
    schema_id: str | None = None
    """
    Mapping schema to use when `mapping_type` is `schema`.
    """
    api_id: str | None = None
    """
    Mapping API to call when `mapping_type` is `api`.
    """
    override: bool | None = None
    """
    If true, result labels already present on the alert are replaced; off by default.
    """


class EnrichmentRule(FlashdutyModel):
    """
    One enrichment rule; `settings` takes the shape that matches `kind`.
    """

    kind: Literal["extraction", "composition", "mapping", "drop"] | str
    """
    What the rule does.
    """
    if_: Annotated[list[channels.FilterCondition] | None, Field(alias="if")] = None
    """
    Conditions that must all hold for the rule to run; it always runs when empty.
    """
    settings: EnrichmentExtraction | EnrichmentComposition | EnrichmentMapping | EnrichmentDrop
    """
    Settings of the rule, shaped by `kind`.
    """


class ExternalIncidentCreated(FlashdutyModel):
    """
    The incident an external report opened.
    """

    incident_id: str
    """
    Incident ID, 24 hexadecimal characters.
    """


class FeedNotifyChat(FlashdutyModel):
    """
    A notification delivered, or not, to one group chat.
    """

    data_source_id: int | None = None
    """
    IM integration that sent it.
    """
    chat_id: str | None = None
    """
    Chat ID.
    """
    chat_name: str | None = None
    """
    Chat name.
    """
    failed_reason: str | None = None
    """
    Why delivery failed; empty on success.
    """


class FeedNotifyPerson(FlashdutyModel):
    """
    A notification delivered, or not, to one member.
    """

    person_id: int | None = None
    """
    Member.
    """
    failed_reason: str | None = None
    """
    Why delivery failed; empty on success.
    """


class FeedNotifyRobot(FlashdutyModel):
    """
    A notification delivered, or not, to one chat robot.
    """

    token: str | None = None
    """
    Robot token or identifier.
    """
    alias: str | None = None
    """
    Robot alias.
    """
    failed_reason: str | None = None
    """
    Why delivery failed; empty on success.
    """


class Image(FlashdutyModel):
    """
    An image attached to an incident or a comment.
    """

    src: str
    """
    Where the image comes from - a token starting with `img_` returned by an upload, or an http or https link.
    """
    href: str | None = None
    """
    Link the image opens.
    """
    alt: str | None = None
    """
    Alternative text.
    """


class Incident(FlashdutyModel):
    """
    An incident and everything the console shows about it.
    """

    incident_id: str
    """
    Incident ID, 24 hexadecimal characters.
    """
    account_id: int
    """
    Account that owns the incident.
    """
    channel_id: int
    """
    Channel of the incident; 0 when it belongs to none.
    """
    integration_id: int
    """
    First integration that fed the incident.
    """
    integration_ids: list[int] | None
    """
    Every integration whose alerts joined the incident.
    """
    integration_types: list[str] | None
    """
    Types of those integrations, e.g. `monit.alert`.
    """
    dedup_key: str
    """
    Key that folds repeated alerts into this incident.
    """
    equals_md5: str
    """
    Content hash used to spot identical incidents.
    """
    start_time: int
    """
    When it started, Unix seconds.
    """
    end_time: int
    """
    When it ended, Unix seconds; 0 while active.
    """
    last_time: int
    """
    Latest activity, Unix seconds.
    """
    ack_time: int
    """
    First acknowledgement, Unix seconds; 0 if none.
    """
    close_time: int
    """
    When it was closed, Unix seconds; 0 while open.
    """
    creator_id: int
    """
    Member who opened it; 0 when the system did.
    """
    closer_id: int
    """
    Member who closed it; 0 when the system did.
    """
    owner_id: int
    """
    Owning member; 0 when unset.
    """
    incident_status: Literal["Critical", "Warning", "Info", "Ok"] | str
    """
    Status derived from the incident's alerts; `Ok` once they all recovered.
    """
    incident_severity: Literal["Critical", "Warning", "Info", "Ok"] | str
    """
    Status derived from the incident's alerts; `Ok` once they all recovered.
    """
    progress: Literal["Triggered", "Processing", "Closed"] | str
    """
    Where the incident stands in its lifecycle.
    """
    title: str
    """
    Title.
    """
    description: str
    """
    Free-text description.
    """
    ai_summary: str
    """
    Summary written by the AI assistant.
    """
    impact: str
    """
    What the incident affects.
    """
    root_cause: str
    """
    Root cause as recorded by responders.
    """
    resolution: str
    """
    How it was resolved.
    """
    num: str
    """
    Brief number for display; two incidents may share one.
    """
    frequency: Literal["frequent", "rare"] | str | None = None
    """
    Whether incidents like this one are common or rare.
    """
    deleted_at: int | None = None
    """
    When it was deleted, Unix seconds; 0 if not.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """
    snoozed_before: int
    """
    Notifications paused until this Unix second; 0 if not snoozed.
    """
    group_method: Literal["i", "p", "n"] | str
    """
    How alerts were grouped - `i` intelligent, `p` by pattern, `n` not grouped.
    """
    ever_muted: bool
    """
    Whether a silence rule ever matched it.
    """
    labels: dict[str, str] | None
    fields: dict[str, Any] | None
    """
    Map from custom field name to its value.
    """
    assigned_to: AssignedTo | None
    reporter_email: str | None = None
    """
    Email of whoever reported a manually created incident.
    """
    alert_cnt: int
    """
    Alerts merged into it.
    """
    active_alert_cnt: int
    """
    Merged alerts still firing.
    """
    alert_event_cnt: int
    """
    Raw alert events across its alerts.
    """
    alerts: list[Alert] | None = None
    """
    Its alerts; only filled in when the incident is rendered for notification templates or sent to custom actions.
    """
    closer: common.PersonShort | None = None
    creator: common.PersonShort | None = None
    owner: common.PersonShort | None = None
    responders: list[Responder] | None
    """
    Members responding, with when they were assigned and acknowledged.
    """
    account_name: str
    """
    Account name.
    """
    account_locale: str
    """
    Account locale.
    """
    account_time_zone: str
    """
    Account time zone.
    """
    channel_name: str
    """
    Channel name.
    """
    channel_status: str
    """
    Channel status, e.g. `enabled`.
    """
    detail_url: str
    """
    Console page of the incident.
    """
    silence_url: str
    """
    Console link that starts a silence rule for it.
    """
    links: list[LinkItem] | None = None
    """
    Links the channel renders for this incident.
    """
    integration_type: str | None = None
    """
    Integration type of the first alert.
    """
    post_mortem_id: str
    """
    Post-mortem written for it, if any.
    """
    images: list[Image] | None
    """
    Attached images.
    """
    manual_overrides: list[str] | None
    """
    Fields a person edited after they were filled in automatically.
    """
    data_source_id: int | None = None
    """
    Old name of `integration_id`.
    """
    data_source_ids: list[int] | None = None
    """
    Old name of `integration_ids`.
    """
    data_source_type: str | None = None
    """
    Old name of `integration_type`.
    """
    data_source_types: list[str] | None = None
    """
    Old name of `integration_types`.
    """


class IncidentAlertPage(Page):
    """
    One page of the alerts grouped into an incident.
    """

    items: list[Alert] | None
    """
    Alerts on this page.
    """


class IncidentBrief(FlashdutyModel):
    """
    An incident as a timeline entry mentions it.
    """

    incident_id: str | None = None
    """
    Incident ID.
    """
    title: str | None = None
    """
    Title.
    """
    progress: str | None = None
    """
    Progress: `Triggered`, `Processing` or `Closed`.
    """


class IncidentCard(FlashdutyModel):
    """
    One card of a card view - a group of incidents shown together.
    """

    title: str
    """
    Card name.
    """
    total: int
    """
    Number of incidents on the card.
    """
    incident_severity: str
    """
    Highest severity among them.
    """
    incident_ids: list[str] | None
    """
    Incidents on the card.
    """


class IncidentCardList(FlashdutyModel):
    """
    The cards of a card view.
    """

    items: list[IncidentCard] | None
    """
    Cards; only the first 100 matching incidents are grouped.
    """


class IncidentCreated(FlashdutyModel):
    """
    The incident a create call opened.
    """

    incident_id: str
    """
    Incident ID, 24 hexadecimal characters.
    """
    title: str
    """
    Title, as sent.
    """


class IncidentFeedAckDetail(FlashdutyModel):
    """
    Detail of `i_ack` and `i_unack`.
    """

    progress: str | None = None
    """
    Progress the incident was in.
    """


class IncidentFeedAssignDetail(AssignedTo):
    """
    Detail of `i_assign` - the assignment, plus who it reached.
    """

    to: list[int] | None = None
    """
    Members the assignment reached.
    """


class IncidentFeedCommentDetail(FlashdutyModel):
    """
    Detail of `i_comm`.
    """

    comment: str | None = None
    """
    Comment text.
    """
    mute_reply: bool | None = None
    """
    Whether the comment was kept from reaching webhook reply actions.
    """


class IncidentFeedCustomActionDetail(FlashdutyModel):
    """
    Detail of `i_custom`.
    """

    integration_id: int | None = None
    """
    Custom action integration that ran.
    """
    integration_name: str | None = None
    """
    Its name.
    """


class IncidentFeedEmptyDetail(FlashdutyModel):
    """
    Detail of `i_r_desc`, `i_r_impact`, `i_r_rc`, `i_r_rsltn`, `i_m_reply` and `i_auto_refresh`, which carry no fields.
    """

    model_config = ConfigDict(
        extra="forbid",
    )


class IncidentFeedFieldDetail(FlashdutyModel):
    """
    Detail of `i_r_field`.
    """

    field_name: str
    """
    Custom field changed.
    """
    to: Any | None = None
    """
    Its new value, of the field's type.
    """


class IncidentFeedFlappingDetail(FlashdutyModel):
    """
    Detail of `i_m_flapping`.
    """

    max_changes: int | None = None
    """
    How many state changes the window tolerates.
    """
    in_mins: int | None = None
    """
    Window length in minutes.
    """
    mute_mins: int | None = None
    """
    How long notifications stay muted once flapping is detected, in minutes.
    """


class IncidentFeedItem(FlashdutyModel):
    """
    One entry of an incident's timeline. The shape of `detail` depends on `type`; each `IncidentFeed*Detail` schema names the types it serves.
    """

    ref_id: str
    """
    Incident or alert the entry is about.
    """
    type: (
        Literal[
            "i_new",
            "i_assign",
            "i_a_rspd",
            "i_notify",
            "i_storm",
            "i_snooze",
            "i_wake",
            "i_ack",
            "i_unack",
            "i_comm",
            "i_rslv",
            "i_reopen",
            "i_merge",
            "i_r_title",
            "i_r_desc",
            "i_r_impact",
            "i_r_rc",
            "i_r_rsltn",
            "i_r_severity",
            "i_r_field",
            "i_m_flapping",
            "i_m_reply",
            "i_custom",
            "i_wr_create",
            "i_wr_delete",
            "i_auto_refresh",
            "a_merge",
        ]
        | str
    )
    """
    Kind of a timeline entry: `i_new` created, `i_assign` assigned, `i_a_rspd` responders added, `i_notify` notification sent, `i_storm` alert storm threshold reached, `i_snooze` / `i_wake` snoozed / woken, `i_ack` / `i_unack` acknowledged / unacknowledged, `i_comm` comment, `i_rslv` resolved, `i_reopen` reopened, `i_merge` incidents merged into it, `i_r_title`, `i_r_desc`, `i_r_impact`, `i_r_rc`, `i_r_rsltn`, `i_r_severity`, `i_r_field` a field changed, `i_m_flapping` muted for flapping, `i_m_reply` comment with replies muted, `i_custom` custom action run, `i_wr_create` / `i_wr_delete` war room opened / closed, `i_auto_refresh` chat card refreshed, `a_merge` an alert joined it.
    """
    detail: (
        IncidentFeedNewDetail
        | IncidentFeedAssignDetail
        | IncidentFeedRespondersDetail
        | IncidentFeedNotifyDetail
        | IncidentFeedStormDetail
        | IncidentFeedSnoozeDetail
        | IncidentFeedWakeDetail
        | IncidentFeedAckDetail
        | IncidentFeedCommentDetail
        | IncidentFeedResolveDetail
        | IncidentFeedReopenDetail
        | IncidentFeedMergeDetail
        | IncidentFeedTitleDetail
        | IncidentFeedSeverityDetail
        | IncidentFeedFieldDetail
        | IncidentFeedFlappingDetail
        | IncidentFeedCustomActionDetail
        | IncidentFeedWarRoomDetail
        | IncidentFeedEmptyDetail
    )
    """
    What happened, shaped by `type`.
    """
    account_id: int
    """
    Account.
    """
    creator_id: int
    """
    Member who acted; 0 for the system.
    """
    created_at: int
    """
    When it was recorded, Unix milliseconds.
    """
    updated_at: int
    """
    Last change, Unix milliseconds.
    """
    deleted_at: int | None = None
    """
    When it was deleted, Unix milliseconds; 0 if not.
    """


class IncidentFeedMergeDetail(FlashdutyModel):
    """
    Detail of `i_merge`.
    """

    comment: str | None = None
    """
    Comment left with the merge.
    """
    source_incidents: list[IncidentBrief] | None = None
    """
    Incidents merged in.
    """
    target_incident: IncidentBrief | None = None
    owner_id: int | None = None
    """
    Member who merged.
    """
    title: str | None = None
    """
    Title after the merge.
    """
    remove_source_incidents: bool | None = None
    """
    Whether the merged incidents were deleted rather than closed.
    """
    source_responders: list[int] | None = None
    """
    Responders the target inherited from the incidents merged into it.
    """


class IncidentFeedNewDetail(FlashdutyModel):
    """
    Detail of `i_new`.
    """

    severity: Literal["Critical", "Warning", "Info", "Ok"] | str | None = None
    """
    Status derived from the incident's alerts; `Ok` once they all recovered.
    """
    title: str | None = None
    """
    Title it was created with.
    """
    reporter_email: str | None = None
    """
    Reporter's email, for incidents reported from outside.
    """


class IncidentFeedNotifyDetail(FlashdutyModel):
    """
    Detail of `i_notify` - one round of notifications and how each delivery went.
    """

    rid: str | None = None
    """
    Notification record ID.
    """
    msg_id: str | None = None
    """
    Message ID the delivery channel returned.
    """
    fire_type: Literal["fire", "refire"] | str | None = None
    """
    First notification (`fire`) or a repeat (`refire`).
    """
    escalate_rule_id: str | None = None
    """
    Escalation rule that sent it.
    """
    escalate_rule_name: str | None = None
    """
    Name of that rule.
    """
    layer_idx: int
    """
    Escalation level, from 0.
    """
    by: str | None = None
    """
    How it was delivered, e.g. `email`.
    """
    persons: list[FeedNotifyPerson] | None = None
    """
    Deliveries to members.
    """
    chats: list[FeedNotifyChat] | None = None
    """
    Deliveries to group chats.
    """
    robots: list[FeedNotifyRobot] | None = None
    """
    Deliveries to chat robots.
    """


class IncidentFeedPage(FlashdutyModel):
    """
    One page of an incident's timeline. There is no total count.
    """

    has_next_page: bool
    """
    Whether another page follows this one.
    """
    items: list[IncidentFeedItem] | None
    """
    Entries on this page.
    """


class IncidentFeedReopenDetail(FlashdutyModel):
    """
    Detail of `i_reopen`.
    """

    reason: str | None = None
    """
    Why it was reopened.
    """


class IncidentFeedResolveDetail(FlashdutyModel):
    """
    Detail of `i_rslv`.
    """

    from_: Annotated[
        Literal[
            "voice", "console", "card", "wcard", "event", "autorslv", "autorefresh", "escalation"
        ]
        | str,
        Field(alias="from"),
    ]
    """
    What resolved it: a phone call, the console, an IM card, a web card, a recovery event, auto-resolve, a card refresh or the escalation rule.
    """


class IncidentFeedRespondersDetail(FlashdutyModel):
    """
    Detail of `i_a_rspd`.
    """

    to: list[int] | None = None
    """
    Members added as responders.
    """


class IncidentFeedSeverityDetail(FlashdutyModel):
    """
    Detail of `i_r_severity`.
    """

    from_: Annotated[
        Literal["Critical", "Warning", "Info", "Ok"] | str | None, Field(alias="from")
    ] = None
    """
    Status derived from the incident's alerts; `Ok` once they all recovered.
    """
    to: Literal["Critical", "Warning", "Info", "Ok"] | str | None = None
    """
    Status derived from the incident's alerts; `Ok` once they all recovered.
    """


class IncidentFeedSnoozeDetail(FlashdutyModel):
    """
    Detail of `i_snooze`.
    """

    minutes: int | None = None
    """
    Snooze length in minutes.
    """


class IncidentFeedStormDetail(FlashdutyModel):
    """
    Detail of `i_storm`.
    """

    threshold: int | None = None
    """
    Alert count that triggered the storm warning.
    """


class IncidentFeedTitleDetail(FlashdutyModel):
    """
    Detail of `i_r_title`.
    """

    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Old title.
    """
    to: str | None = None
    """
    New title.
    """


class IncidentFeedType(
    RootModel[
        Literal[
            "i_new",
            "i_assign",
            "i_a_rspd",
            "i_notify",
            "i_storm",
            "i_snooze",
            "i_wake",
            "i_ack",
            "i_unack",
            "i_comm",
            "i_rslv",
            "i_reopen",
            "i_merge",
            "i_r_title",
            "i_r_desc",
            "i_r_impact",
            "i_r_rc",
            "i_r_rsltn",
            "i_r_severity",
            "i_r_field",
            "i_m_flapping",
            "i_m_reply",
            "i_custom",
            "i_wr_create",
            "i_wr_delete",
            "i_auto_refresh",
            "a_merge",
        ]
        | str
    ]
):
    root: (
        Literal[
            "i_new",
            "i_assign",
            "i_a_rspd",
            "i_notify",
            "i_storm",
            "i_snooze",
            "i_wake",
            "i_ack",
            "i_unack",
            "i_comm",
            "i_rslv",
            "i_reopen",
            "i_merge",
            "i_r_title",
            "i_r_desc",
            "i_r_impact",
            "i_r_rc",
            "i_r_rsltn",
            "i_r_severity",
            "i_r_field",
            "i_m_flapping",
            "i_m_reply",
            "i_custom",
            "i_wr_create",
            "i_wr_delete",
            "i_auto_refresh",
            "a_merge",
        ]
        | str
    )
    """
    Kind of a timeline entry: `i_new` created, `i_assign` assigned, `i_a_rspd` responders added, `i_notify` notification sent, `i_storm` alert storm threshold reached, `i_snooze` / `i_wake` snoozed / woken, `i_ack` / `i_unack` acknowledged / unacknowledged, `i_comm` comment, `i_rslv` resolved, `i_reopen` reopened, `i_merge` incidents merged into it, `i_r_title`, `i_r_desc`, `i_r_impact`, `i_r_rc`, `i_r_rsltn`, `i_r_severity`, `i_r_field` a field changed, `i_m_flapping` muted for flapping, `i_m_reply` comment with replies muted, `i_custom` custom action run, `i_wr_create` / `i_wr_delete` war room opened / closed, `i_auto_refresh` chat card refreshed, `a_merge` an alert joined it.
    """


class IncidentFeedWakeDetail(FlashdutyModel):
    """
    Detail of `i_wake`.
    """

    snoozedBefore: int | None = None
    """
    When the cancelled snooze would have ended, Unix seconds.
    """


class IncidentFeedWarRoomDetail(FlashdutyModel):
    """
    Detail of `i_wr_create` and `i_wr_delete`.
    """

    integration_id: int | None = None
    """
    Chat (IM) integration in which the war room lives.
    """
    integration_name: str | None = None
    """
    Its name.
    """
    plugin_type: str | None = None
    """
    Type of that IM integration.
    """
    chat_id: str | None = None
    """
    Group chat ID.
    """
    chat_name: str | None = None
    """
    Group chat name.
    """
    share_link: str | None = None
    """
    Link to join the chat; `i_wr_create` only.
    """


class IncidentId(RootModel[str]):
    root: str
    """
    Incident ID, 24 hexadecimal characters.
    """


class IncidentPage(Page):
    """
    One page of incidents.
    """

    items: list[Incident] | None
    """
    Incidents on this page.
    """
    search_after_ctx: str | None = None
    """
    Cursor for the next page; pass it back as `search_after_ctx`.
    """


class IncidentStatus(RootModel[Literal["Critical", "Warning", "Info", "Ok"] | str]):
    root: Literal["Critical", "Warning", "Info", "Ok"] | str
    """
    Status derived from the incident's alerts; `Ok` once they all recovered.
    """


class Integration(FlashdutyModel):
    """
    An integration (data source) that receives alerts or changes, or sends webhooks.
    """

    integration_id: int
    """
    Integration ID.
    """
    team_id: int | None = None
    """
    Owning team; 0 for none.
    """
    name: str
    """
    Name.
    """
    status: Literal["enabled", "disabled", "deleted"] | str
    """
    Status.
    """
    plugin_id: int
    """
    ID of the integration type.
    """
    plugin_type: str
    """
    Integration type key.
    """
    plugin_type_name: str
    """
    Human-readable integration type, e.g. `Prometheus`.
    """
    description: str
    """
    Description.
    """
    integration_key: str
    """
    Key used to push events to it.
    """
    settings: Any
    """
    Configuration; its shape depends on the integration type.
    """
    creator_id: int
    """
    Member who created it.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """


class IntegrationUpserted(FlashdutyModel):
    """
    The integration just created or updated.
    """

    integration_id: int
    """
    Integration ID.
    """
    integration_key: str
    """
    Its key.
    """


class LinkItem(FlashdutyModel):
    """
    A link a channel renders for its incidents.
    """

    name: str
    """
    Label.
    """
    endpoint: str
    """
    Rendered URL.
    """
    open_type: Literal["popup", "tab"] | str
    """
    Whether it opens in a popup or a new tab.
    """


class MappingApi(FlashdutyModel):
    """
    An HTTP endpoint that enrichment calls to look labels up.
    """

    api_id: str
    """
    Mapping API ID.
    """
    api_name: str
    """
    Name, unique in the account.
    """
    description: str | None = None
    """
    Description.
    """
    url: str
    """
    Endpoint called for each lookup.
    """
    headers: dict[str, Any] | None = None
    """
    Extra request headers.
    """
    timeout: int | None = None
    """
    Read timeout in seconds.
    """
    retry_count: int | None = None
    """
    Retries after a failed call.
    """
    insecure_skip_verify: bool | None = None
    """
    Whether TLS certificates are not verified.
    """
    status: str | None = None
    """
    Status, e.g. `enabled`.
    """
    team_id: int | None = None
    """
    Owning team; 0 for none.
    """
    creator_id: int | None = None
    """
    Member who created it.
    """
    updated_by: int | None = None
    """
    Member who changed it last.
    """
    created_at: int | None = None
    """
    Creation time, Unix seconds.
    """
    updated_at: int | None = None
    """
    Last change, Unix seconds.
    """


class MappingApiCreated(FlashdutyModel):
    """
    The mapping API just created.
    """

    api_id: str
    """
    ID of the new mapping API.
    """
    api_name: str
    """
    Its name.
    """


class MappingApiList(FlashdutyModel):
    """
    Every mapping API of the account.
    """

    total: int
    """
    Number of mapping APIs.
    """
    items: list[MappingApi] | None
    """
    Mapping APIs.
    """


class MappingDataPage(Page):
    """
    One page of mapping data rows.
    """

    items: list[MappingDataRow] | None
    """
    Rows on this page.
    """
    search_after_ctx: str | None = None
    """
    Cursor for the next page; pass it back as `search_after_ctx`.
    """


class MappingDataRow(FlashdutyModel):
    """
    One row of a mapping schema.
    """

    key: str
    """
    Identifies the row; built from its source label values.
    """
    fields: dict[str, str] | None
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """


class MappingDataUpserted(FlashdutyModel):
    """
    Keys of the rows written.
    """

    keys: list[str] | None
    """
    Row keys, in request order.
    """


class MappingSchema(FlashdutyModel):
    """
    A lookup table for enrichment - rows keyed by source label values that yield result labels.
    """

    schema_id: str
    """
    Schema ID.
    """
    schema_name: str
    """
    Name, unique in the account.
    """
    description: str | None = None
    """
    Description.
    """
    source_labels: list[str] | None
    """
    Labels whose values form the lookup key.
    """
    result_labels: list[str] | None
    """
    Labels a matching row writes.
    """
    status: str | None = None
    """
    Status, e.g. `enabled`.
    """
    team_id: int | None = None
    """
    Owning team; 0 for none.
    """
    creator_id: int | None = None
    """
    Member who created it.
    """
    updated_by: int | None = None
    """
    Member who changed it last.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """


class MappingSchemaCreated(FlashdutyModel):
    """
    The mapping schema just created.
    """

    schema_id: str
    """
    ID of the new schema.
    """
    schema_name: str
    """
    Its name.
    """


class MappingSchemaList(FlashdutyModel):
    """
    Every mapping schema of the account.
    """

    total: int
    """
    Number of schemas.
    """
    items: list[MappingSchema] | None
    """
    Schemas, oldest first.
    """


class NotifyOverride(FlashdutyModel):
    """
    How to notify the people an assignment reaches. Omit it to let each person's own notification preferences decide.
    """

    follow_preference: bool | None = None
    """
    Use each person's own preferences (the default); set false to use `personal_channels`.
    """
    personal_channels: list[str] | None = None
    """
    Channels to notify through when `follow_preference` is false: `email`, `sms`, `voice`, `flashduty_app`, or an app integration as `feishu_app:<id>`, `dingtalk_app:<id>`, `wecom_app:<id>`, `slack_app:<id>`, `teams_app:<id>`.
    """
    template_id: str | None = None
    """
    Notification template to render with; defaults to the default template for direct assignments and to the rule's template for escalation rules.
    """


class PastIncident(Incident):
    """
    A past incident similar to the one asked about, with how close it is.
    """

    score: float
    """
    Similarity to the incident asked about; higher is closer.
    """


class PastIncidentList(FlashdutyModel):
    """
    Similar past incidents, most relevant first.
    """

    items: list[PastIncident] | None
    """
    The similar incidents.
    """


class Progress(RootModel[Literal["Triggered", "Processing", "Closed"] | str]):
    root: Literal["Triggered", "Processing", "Closed"] | str
    """
    Where the incident stands in its lifecycle.
    """


class Responder(FlashdutyModel):
    """
    A member responding to an incident.
    """

    person_id: int
    """
    Member ID.
    """
    assigned_at: int
    """
    When they were assigned, Unix seconds.
    """
    acknowledged_at: int
    """
    When they acknowledged, Unix seconds; 0 if not yet.
    """
    person_name: str | None = None
    """
    Name of the member (set by the server).
    """
    email: str | None = None
    """
    Email address of the member (set by the server).
    """
    as_: Annotated[str | None, Field(alias="as")] = None
    """
    Their role on the incident.
    """


class Severity(RootModel[Literal["Critical", "Warning", "Info"] | str]):
    root: Literal["Critical", "Warning", "Info"] | str
    """
    How serious an incident is.
    """


class WebhookHistory(FlashdutyModel):
    """
    One delivery attempt of an outgoing webhook.
    """

    integration_id: int
    """
    Webhook integration that sent it.
    """
    event_id: str
    """
    Delivery ID; pass it to `alerts.webhooks.history_detail`.
    """
    webhook_type: str
    """
    What it was about: `incident` or `alert`.
    """
    event_type: str
    """
    Event that triggered it, e.g. `a_update`.
    """
    channel_id: int | None = None
    """
    Channel of the incident or alert, when there is one.
    """
    ref_id: str | None = None
    """
    ID of the incident or alert.
    """
    request_headers: str | None = None
    """
    Request headers sent, serialised.
    """
    request_body: str | None = None
    """
    Request body sent.
    """
    endpoint: str
    """
    URL called.
    """
    attempt: int
    """
    Attempt number, from 1.
    """
    duration: int
    """
    Time the call took, in milliseconds.
    """
    status: Literal["success", "failed"] | str
    """
    Outcome of a webhook delivery attempt.
    """
    status_code: int
    """
    HTTP status the endpoint answered.
    """
    error_message: str | None = None
    """
    Why the delivery failed, if it did.
    """
    response_headers: str | None = None
    """
    Response headers received, serialised.
    """
    response_body: str | None = None
    """
    Response body received.
    """
    event_time: str
    """
    When it was sent, as a formatted time, e.g. `2026-04-12T13:31:11.357472+08:00`.
    """


class WebhookHistoryDetail(WebhookHistory):
    """
    One delivery attempt with the names of what it refers to.
    """

    ref_title: str | None = None
    """
    Title of the incident or alert.
    """
    channel_name: str | None = None
    """
    Name of the channel.
    """


class WebhookHistoryPage(FlashdutyModel):
    """
    One page of webhook delivery attempts.
    """

    items: list[WebhookHistory] | None
    """
    Attempts on this page.
    """
    total: int
    """
    Number of matching attempts.
    """
    search_after_ctx: str
    """
    Cursor for the next page; empty on the last page.
    """


class WebhookHistoryStatus(RootModel[Literal["success", "failed"] | str]):
    root: Literal["success", "failed"] | str
    """
    Outcome of a webhook delivery attempt.
    """


class WebhookIntegrationSettings(FlashdutyModel):
    """
    Configuration of an outgoing webhook integration.
    """

    channel_ids: list[int] | None
    """
    Channels whose events are sent.
    """
    endpoint: str
    """
    URL the webhook posts to.
    """
    event_types: list[str] | None
    """
    Event types to send, as listed in the incident webhook documentation.
    """
    headers: dict[str, Any] | None
    """
    Extra request headers.
    """
