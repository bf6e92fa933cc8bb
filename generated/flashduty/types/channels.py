"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._models import FlashdutyModel
from pydantic import Field, RootModel

from .common import Page


class AlertGrouping(FlashdutyModel):
    """
    How a channel groups incoming alerts into incidents.
    """

    method: Literal["i", "p", "n"] | str
    """
    `i` intelligent (similarity), `p` by rule (`equals`/`cases`), `n` no grouping.
    """
    equals: list[list[str]] | None = None
    """
    Default grouping keys for `p`: alternative sets of fields (`title`, `description`, `severity`, `labels.<name>`); alerts equal on every field of any one set join the same incident. Used when no case matches.
    """
    cases: list[AlertGroupingCase] | None = None
    """
    Conditional grouping keys for `p`, tried top to bottom; the first matching case wins.
    """
    all_equals_required: bool | None = None
    """
    When true, alerts where a grouping field is empty on both sides are not considered equal.
    """
    time_window: int | None = None
    """
    Grouping window in minutes; 0 keeps merging until the incident closes. At most 1440 by default, up to 43200 on extended accounts.
    """
    window_type: Literal["tumbling", "sliding"] | str | None = None
    """
    Fixed (`tumbling`, the default) or `sliding` window.
    """
    storm_threshold: int | None = None
    """
    Single storm-warning threshold; 0 disables. Use `storm_thresholds`.
    """
    storm_thresholds: list[int] | None = None
    """
    Alert counts at which a storm warning is raised for an incident; empty disables warnings.
    """
    i_keys: list[str] | None = None
    """
    Fields whose similarity intelligent grouping measures (`title`, `description` or `labels.<name>`). Left out, it uses `title`, `description`, `labels.service` and `labels.resource`.
    """
    i_score_threshold: float | None = 0.9
    """
    Similarity an alert needs to join an incident under intelligent grouping.
    """


class AlertGroupingCase(FlashdutyModel):
    """
    Grouping keys that apply to the alerts matching a condition.
    """

    if_: Annotated[list[FilterCondition] | None, Field(alias="if")]
    equals: list[str] | None
    """
    Fields (`title`, `description`, `severity` or `labels.<name>`) that must be equal for matching alerts to group.
    """


class AutoResolveMode(RootModel[Literal["trigger", "update"] | str]):
    root: Literal["trigger", "update"] | str
    """
    What restarts the auto-resolve timer: `trigger` counts from when the incident opened, `update` from its latest alert.
    """


class Channel(FlashdutyModel):
    """
    A channel (collaboration space): where incidents land, with its grouping, flapping and auto-resolve settings. Fields are sent only when set; a brief listing carries just the ID, name, description and status.
    """

    channel_id: int | None = None
    """
    Channel ID.
    """
    account_id: int | None = None
    """
    Account that owns the channel.
    """
    team_id: int | None = None
    """
    Owning team; its members can read and edit the channel.
    """
    managing_team_ids: list[int] | None = None
    """
    Teams that manage the channel in place of the owning team.
    """
    creator_id: int | None = None
    """
    Member who created the channel.
    """
    channel_name: str | None = None
    """
    Name.
    """
    description: str | None = None
    """
    Free-text description.
    """
    status: Literal["enabled", "disabled", "deleted"] | str | None = None
    """
    Lifecycle state of a channel.
    """
    is_private: bool | None = None
    """
    Only the creator, the owning and managing teams and account admins can see it.
    """
    auto_resolve_timeout: int | None = None
    """
    Seconds without activity after which incidents close themselves; 0 turns this off.
    """
    auto_resolve_mode: Literal["trigger", "update"] | str | None = None
    """
    What restarts the auto-resolve timer: `trigger` counts from when the incident opened, `update` from its latest alert.
    """
    disable_outlier_detection: bool | None = None
    """
    Rare-incident (outlier) detection is off.
    """
    disable_auto_close: bool | None = None
    """
    Automatic closing of incidents is off.
    """
    group: AlertGrouping | None = None
    flapping: Flapping | None = None
    progress_to_incident_cnts: ChannelIncidentCounts | None = None
    is_starred: bool | None = None
    """
    The calling member starred this channel.
    """
    active_incident_highest_severity: str | None = None
    """
    Worst severity of any incident still open; empty if nothing is open.
    """
    last_incident_at: int | None = None
    """
    When the latest incident started, Unix seconds.
    """
    is_external_report_enabled: bool | None = None
    """
    People outside the account may report incidents into it.
    """
    external_report_token: str | None = None
    """
    Token external reporters use, when that is on.
    """
    created_at: int | None = None
    """
    Creation time, Unix seconds.
    """
    updated_at: int | None = None
    """
    Last change, Unix seconds.
    """
    deleted_at: int | None = None
    """
    Deletion time, Unix seconds; 0 unless deleted.
    """


class ChannelBrief(FlashdutyModel):
    """
    A channel reduced to its ID, name and status.
    """

    channel_id: int
    """
    Channel ID.
    """
    channel_name: str
    """
    Name.
    """
    status: Literal["enabled", "disabled", "deleted"] | str | None = None
    """
    Lifecycle state of a channel.
    """


class ChannelBriefList(FlashdutyModel):
    """
    Channels reduced to ID, name and status.
    """

    items: list[ChannelBrief] | None
    """
    The channels.
    """
    total: int | None = None
    """
    Number of channels returned.
    """


class ChannelCreated(FlashdutyModel):
    """
    The channel just created.
    """

    channel_id: int
    """
    ID of the new channel.
    """
    channel_name: str
    """
    Its name, as sent.
    """
    external_report_token: str | None = None
    """
    Token for external reporters; only when external reporting was turned on.
    """


class ChannelDefaultEscalation(FlashdutyModel):
    """
    Escalation rule created together with a new channel - one level notifying `target`.
    """

    aggr_window: int | None = None
    """
    Seconds to batch notifications; 0 sends each at once.
    """
    template_id: str
    """
    Notification template ID.
    """
    target: EscalateTarget | None


class ChannelIncidentCounts(FlashdutyModel):
    """
    Open incidents of the channel over the last 30 days, by progress (capped at 1000).
    """

    Triggered: int
    """
    Incidents not yet acknowledged.
    """
    Processing: int
    """
    Incidents being handled.
    """


class ChannelPage(Page):
    """
    One page of channels.
    """

    items: list[Channel] | None
    """
    Channels on this page.
    """


class ChannelRuleCreated(FlashdutyModel):
    """
    The rule just created.
    """

    rule_id: str
    """
    ID of a channel rule, 24 hexadecimal characters.
    """
    rule_name: str
    """
    Name of the rule, as sent.
    """


class ChannelRuleId(RootModel[str]):
    root: str
    """
    ID of a channel rule, 24 hexadecimal characters.
    """


class ChannelRuleStatus(RootModel[Literal["enabled", "disabled"] | str]):
    root: Literal["enabled", "disabled"] | str
    """
    Whether a rule is active.
    """


class ChannelStatus(RootModel[Literal["enabled", "disabled", "deleted"] | str]):
    root: Literal["enabled", "disabled", "deleted"] | str
    """
    Lifecycle state of a channel.
    """


class ChannelUpdated(FlashdutyModel):
    """
    What an update returns; empty unless external reporting was just turned on.
    """

    external_report_token: str | None = None
    """
    Freshly issued token for reporters outside the account. It is in the response only when the request turned `is_external_report_enabled` on, and no later call shows it again, so keep it safe.
    """


class DropRule(FlashdutyModel):
    """
    A drop rule (API name "unsubscribe"): alerts matching `filters` are discarded before they reach the channel.
    """

    rule_id: str
    """
    ID of a channel rule, 24 hexadecimal characters.
    """
    account_id: int
    """
    Owning account.
    """
    channel_id: int
    """
    Channel of the rule.
    """
    priority: int
    """
    Evaluation order; lower goes first.
    """
    rule_name: str
    """
    Name.
    """
    description: str
    """
    Description.
    """
    filters: list[list[FilterCondition]] | None
    status: Literal["enabled", "disabled"] | str
    """
    Whether a rule is active.
    """
    updated_by: int
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
    deleted_at: int | None = None
    """
    Unix seconds at which the rule was deleted; present on deleted rules alone.
    """


class DropRuleList(FlashdutyModel):
    """
    Drop rules of a channel.
    """

    items: list[DropRule] | None
    """
    The rules.
    """


class EscalateLayer(FlashdutyModel):
    """
    One level of an escalation rule.
    """

    target: EscalateTarget | None
    max_times: int | None = 2
    """
    How many times this level notifies while unacknowledged.
    """
    notify_step: float | None = 10
    """
    Minutes between repeated notifications.
    """
    escalate_window: int | None = 30
    """
    Minutes without acknowledgement before moving on to the next level.
    """
    force_escalate: bool | None = None
    """
    Escalate even after the incident was acknowledged.
    """


class EscalateRule(FlashdutyModel):
    """
    An escalation rule: which incidents it covers (`filters`, `time_filters`) and who is notified, level by level.
    """

    rule_id: str
    """
    ID of a channel rule, 24 hexadecimal characters.
    """
    account_id: int
    """
    Owning account.
    """
    channel_id: int
    """
    Channel of the rule.
    """
    channel_name: str | None = None
    """
    Channel name, filled in by listings that span channels.
    """
    priority: int
    """
    Evaluation order; lower goes first.
    """
    aggr_window: int
    """
    Seconds notifications are batched; 0 for none.
    """
    rule_name: str
    """
    Name.
    """
    description: str
    """
    Description.
    """
    template_id: str
    """
    Notification template.
    """
    layers: list[EscalateLayer] | None
    """
    Escalation levels, in order.
    """
    time_filters: list[RecurringTimeWindow] | None
    """
    When the rule applies; empty means always.
    """
    filters: list[list[FilterCondition]] | None
    status: Literal["enabled", "disabled"] | str
    """
    Whether a rule is active.
    """
    updated_by: int
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
    deleted_at: int | None = None
    """
    Unix seconds at which the rule was deleted; present on deleted rules alone.
    """


class EscalateRuleList(FlashdutyModel):
    """
    Escalation rules of a channel.
    """

    items: list[EscalateRule] | None
    """
    The rules, in evaluation order.
    """


class EscalateTarget(FlashdutyModel):
    """
    Who to notify and how. Recipients come from `person_ids`, `team_ids`, `schedule_to_role_ids` and/or `emails` (one of them is required); delivery goes through `by`, `webhooks` or both (one is required).
    """

    person_ids: list[int] | None = None
    """
    Members to notify.
    """
    team_ids: list[int] | None = None
    """
    Teams to notify.
    """
    schedule_to_role_ids: dict[str, Any] | None = None
    """
    On-call schedule ID (as a string key) to the schedule roles whose on-call members are notified.
    """
    emails: list[str] | None = None
    """
    Extra recipients given by email address (push-only use).
    """
    by: PersonalNotifyChannels | None = None
    webhooks: list[EscalateWebhook] | None = None
    """
    Group chats and webhooks to post to.
    """


class EscalateWebhook(FlashdutyModel):
    """
    A group chat or webhook an escalation level posts to.
    """

    type: str
    """
    Kind of target, e.g. `feishu`, `dingtalk`, `wecom`, `feishu_app`, `dingtalk_app`, `wecom_app`, `slack_app`, `teams_app`, `zoom`, `telegram`, `custom`.
    """
    settings: dict[str, Any] | None
    """
    Settings of that kind (robot token or URL, chat IDs, alias…).
    """


class FilterCondition(FlashdutyModel):
    """
    One test on an alert or incident field. Several conditions in one `FilterAndGroup` must all hold.
    """

    key: str
    """
    Field to test. Built-in fields by plain name (`title`, `description`, `severity`, `alert_severity`, `data_source_id`, `check`, `resource`…); labels with the `labels.` prefix, e.g. `labels.env`.
    """
    oper: Literal["IN", "NOTIN"] | str
    """
    `IN`: the value equals one of `vals`; `NOTIN`: it equals none of them.
    """
    vals: list[str] | None
    """
    Values to compare with. Each is a literal, a wildcard (`*`, `?`), a regular expression between slashes (`/api-\\d+/`); routing conditions also accept `cidr:10.0.0.0/8` and numeric tests such as `num:lt:100`.
    """


class FilterAndGroup(RootModel[list[FilterCondition]]):
    """
    Conditions that must all match (logical AND).
    """

    root: list[FilterCondition]
    """
    Conditions that must all match (logical AND).
    """


class Filters(RootModel[list[list[FilterCondition]]]):
    """
    Filter tree in disjunctive form: the outer list is OR-ed, each inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`. Empty or absent usually means "match everything".
    """

    root: list[list[FilterCondition]]
    """
    Filter tree in disjunctive form: the outer list is OR-ed, each inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`. Empty or absent usually means "match everything".
    """


class Flapping(FlashdutyModel):
    """
    Flapping detection - mute an incident that keeps reopening.
    """

    is_disabled: bool | None = False
    """
    Turns detection off.
    """
    max_changes: int | None = 4
    """
    How many times the same incident (same dedup key) may occur within `in_mins`.
    """
    in_mins: int | None = 60
    """
    Observation window, minutes.
    """
    mute_mins: int | None = 120
    """
    How long to mute further occurrences once flapping is detected, minutes; 0 does not mute.
    """


class InhibitRule(FlashdutyModel):
    """
    An inhibit rule: while an alert matching `source_filters` is active, alerts matching `target_filters` that share the `equals` fields are suppressed.
    """

    rule_id: str
    """
    ID of a channel rule, 24 hexadecimal characters.
    """
    account_id: int
    """
    Owning account.
    """
    channel_id: int
    """
    Channel of the rule.
    """
    priority: int
    """
    Evaluation order; lower goes first.
    """
    rule_name: str
    """
    Name.
    """
    description: str
    """
    Description.
    """
    source_filters: list[list[FilterCondition]] | None
    target_filters: list[list[FilterCondition]] | None
    equals: list[str] | None
    """
    Fields that must be equal between source and target alerts - attributes (`title`, `severity`, `status`…) or `labels.<name>`.
    """
    is_directly_discard: bool
    """
    Suppressed alerts are discarded instead of kept.
    """
    status: Literal["enabled", "disabled"] | str
    """
    Whether a rule is active.
    """
    updated_by: int
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
    deleted_at: int | None = None
    """
    Unix seconds at which the rule was deleted; present on deleted rules alone.
    """


class InhibitRuleList(FlashdutyModel):
    """
    Inhibit rules of a channel.
    """

    items: list[InhibitRule] | None
    """
    The rules.
    """


class NotifyRule(FlashdutyModel):
    """
    A channel notification rule. Unverified: the reference documents no fields for it; this shape mirrors the other channel rules.
    """

    rule_id: str | None = None
    """
    ID of a channel rule, 24 hexadecimal characters.
    """
    account_id: int | None = None
    """
    Owning account.
    """
    channel_id: int | None = None
    """
    Channel of the rule.
    """
    priority: int | None = None
    """
    Evaluation order; lower goes first.
    """
    rule_name: str | None = None
    """
    Name.
    """
    description: str | None = None
    """
    Description.
    """
    filters: list[list[FilterCondition]] | None = None
    status: Literal["enabled", "disabled"] | str | None = None
    """
    Whether a rule is active.
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


class NotifyRuleList(FlashdutyModel):
    """
    Notification rules of a channel (unverified shape).
    """

    items: list[NotifyRule] | None
    """
    The rules.
    """


class OnceTimeWindow(FlashdutyModel):
    """
    A single time range between two instants.
    """

    start_time: int
    """
    Start, Unix seconds; before `end_time`.
    """
    end_time: int
    """
    End, Unix seconds.
    """


class PersonalNotifyChannels(FlashdutyModel):
    """
    Personal notification methods per incident severity. Each entry is `email`, `voice`, `sms`, `push`, or an IM app integration as `<type>:<integration_id>` (e.g. `feishu_app:123`).
    """

    follow_preference: bool | None = None
    """
    Use each member's own notification preferences instead of the lists below.
    """
    critical: list[str] | None = None
    """
    Methods for Critical incidents.
    """
    warning: list[str] | None = None
    """
    Methods for Warning incidents.
    """
    info: list[str] | None = None
    """
    Methods for Info incidents.
    """


class RecurringTimeWindow(FlashdutyModel):
    """
    A daily time range that repeats on chosen weekdays, or on the working days / days off of a service calendar.
    """

    start: str
    """
    Start of the range, 24-hour `HH:MM`, e.g. `10:00`; before `end`.
    """
    end: str
    """
    End of the range, 24-hour `HH:MM`, e.g. `23:59`.
    """
    repeat: list[int] | None = None
    """
    Weekdays it applies to, 0 = Sunday to 6 = Saturday; empty means every day. Do not combine with `cal_id`.
    """
    cal_id: str | None = None
    """
    Service calendar that decides the days instead of `repeat`.
    """
    is_off: bool | None = None
    """
    With `cal_id`, apply on the calendar's days off (true) or its working days (false).
    """


class RouteCase(FlashdutyModel):
    """
    A routing branch - when every condition of `if` holds, the alert goes to this branch's channels.
    """

    if_: Annotated[list[FilterCondition] | None, Field(alias="if")]
    channel_ids: list[int] | None
    """
    Target channels, for `standard` mode; leave empty in `name_mapping` mode.
    """
    fallthrough: bool
    """
    Keep evaluating later cases after this one matched; false stops at the first match.
    """
    routing_mode: Literal["standard", "name_mapping"] | str | None = None
    """
    `standard` (the default when empty) routes to `channel_ids`; `name_mapping` routes to the channel named by a label of the alert.
    """
    name_mapping_label: str | None = None
    """
    Required in `name_mapping` mode: the label that holds the name of the channel to route to, e.g. `labels.ChannelName`.
    """


class RouteDefault(FlashdutyModel):
    """
    Fallback branch for alerts no case routed.
    """

    channel_ids: list[int] | None
    """
    Channels that receive unrouted alerts.
    """


class RouteDraft(FlashdutyModel):
    """
    A routing rule to try out, not saved. Give `cases`, `default` or both.
    """

    cases: list[RouteCase] | None = None
    """
    Conditional branches, evaluated top to bottom.
    """
    default: RouteDefault | None = None


class RouteHistory(FlashdutyModel):
    """
    A past version of an integration's routing rule.
    """

    version: int
    """
    Version number.
    """
    cases: list[RouteCase] | None = None
    """
    Conditional branches of that version.
    """
    sections: list[RouteSection] | None = None
    """
    Section headings of that version.
    """
    default: RouteDefault | None = None
    updated_by: int
    """
    Member who saved that version.
    """
    updated_at: int
    """
    When it was saved, Unix seconds.
    """


class RouteHistoryPage(Page):
    """
    One page of routing rule versions.
    """

    items: list[RouteHistory] | None
    """
    Versions on this page.
    """


class RoutePreviewList(FlashdutyModel):
    """
    Routing outcome of each previewed alert.
    """

    items: list[RoutePreviewResult] | None
    """
    One result per alert.
    """


class RoutePreviewResult(FlashdutyModel):
    """
    Where one alert would be routed.
    """

    alert_id: str | None = None
    """
    Alert ID.
    """
    alert_title: str | None = None
    """
    Alert title.
    """
    start_time: int | None = None
    """
    When the alert started, Unix seconds.
    """
    matched_cases: list[str] | None = None
    """
    Branches it matched, as `case_<index>` (from 0) or `default`.
    """


class RouteRule(FlashdutyModel):
    """
    The routing rule of a shared alert integration: alerts are tested against `cases` in order and sent to the matching channels; alerts no case claims go to `default`.
    """

    integration_id: int | None = None
    """
    Integration the rule belongs to.
    """
    cases: list[RouteCase] | None = None
    """
    Conditional branches, evaluated top to bottom.
    """
    sections: list[RouteSection] | None = None
    """
    Named headings that group consecutive cases, for display only.
    """
    default: RouteDefault | None = None
    status: Literal["enabled", "deleted"] | str | None = None
    """
    Rule state.
    """
    version: int
    """
    Incremented on every change; send it back with `routes.upsert` to detect concurrent edits.
    """
    creator_id: int
    """
    Member who created the rule.
    """
    updated_by: int
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
    deleted_at: int | None = None
    """
    Deletion time, Unix seconds; absent while active.
    """


class RouteRuleList(FlashdutyModel):
    """
    Routing rules of several integrations.
    """

    items: list[RouteRule] | None
    """
    One rule per integration that has one; integrations without a rule are left out.
    """


class RouteSection(FlashdutyModel):
    """
    A named heading placed before a case of a routing rule.
    """

    name: str
    """
    Heading, unique within the rule.
    """
    position: int
    """
    Index of the case it precedes; 0 is before the first case, at most the number of cases.
    """


class SilenceRule(FlashdutyModel):
    """
    A silence rule: alerts matching `filters` during its time window are muted (or dropped when `is_directly_discard`).
    """

    rule_id: str
    """
    ID of a channel rule, 24 hexadecimal characters.
    """
    account_id: int
    """
    Owning account.
    """
    channel_id: int
    """
    Channel of the rule.
    """
    priority: int
    """
    Evaluation order; lower goes first.
    """
    rule_name: str
    """
    Name.
    """
    description: str
    """
    Description.
    """
    from_incident_id: str | None = None
    """
    Incident the rule was quickly created from; all zeros when none.
    """
    time_filter: OnceTimeWindow | None
    time_filters: list[RecurringTimeWindow] | None
    """
    Recurring windows, when the rule is not a one-off.
    """
    filters: list[list[FilterCondition]] | None
    is_directly_discard: bool
    """
    Matching alerts are discarded instead of kept muted.
    """
    is_effective: bool
    """
    The current time falls inside the rule's window.
    """
    status: Literal["enabled", "disabled"] | str
    """
    Whether a rule is active.
    """
    updated_by: int
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
    deleted_at: int | None = None
    """
    Unix seconds at which the rule was deleted; present on deleted rules alone.
    """


class SilenceRuleList(FlashdutyModel):
    """
    Silence rules of a channel.
    """

    items: list[SilenceRule] | None
    """
    The rules.
    """


class SubscribeRule(FlashdutyModel):
    """
    A channel subscription rule. Unverified: known only from the product catalog; this shape mirrors the other channel rules.
    """

    rule_id: str | None = None
    """
    ID of a channel rule, 24 hexadecimal characters.
    """
    account_id: int | None = None
    """
    Owning account.
    """
    channel_id: int | None = None
    """
    Channel of the rule.
    """
    priority: int | None = None
    """
    Evaluation order; lower goes first.
    """
    rule_name: str | None = None
    """
    Name.
    """
    description: str | None = None
    """
    Description.
    """
    filters: list[list[FilterCondition]] | None = None
    status: Literal["enabled", "disabled"] | str | None = None
    """
    Whether a rule is active.
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


class SubscribeRuleList(FlashdutyModel):
    """
    Subscription rules of a channel (unverified shape).
    """

    items: list[SubscribeRule] | None
    """
    The rules.
    """


class WebhookRobot(FlashdutyModel):
    """
    A chat robot (incoming webhook) and the escalation rules using it.
    """

    type: str
    """
    Robot kind, e.g. `feishu`, `wecom`, `dingtalk`, `zoom`, `slack`.
    """
    settings: WebhookRobotSettings | None
    referenced_by: list[WebhookRobotReference] | None = None
    """
    Escalation rules that post through this robot.
    """


class WebhookRobotList(FlashdutyModel):
    """
    Chat robots used by the account's escalation rules.
    """

    list_: Annotated[list[WebhookRobot] | None, Field(alias="list")]
    """
    The robots.
    """


class WebhookRobotReference(FlashdutyModel):
    """
    An escalation rule that uses a robot.
    """

    channel_id: int | None = None
    """
    Channel of the rule.
    """
    channel_name: str | None = None
    """
    Channel name.
    """
    escalate_rule_id: str | None = None
    """
    Escalation rule ID.
    """
    escalate_rule_name: str | None = None
    """
    Escalation rule name.
    """


class WebhookRobotSettings(FlashdutyModel):
    """
    Connection settings of a chat robot.
    """

    token: str
    """
    Robot webhook URL or token.
    """
    alias: str | None = None
    """
    Display name.
    """
    verify_token: str | None = None
    """
    Verification token (Zoom).
    """
    disable_at: bool | None = None
    """
    Do not @-mention responders in messages.
    """
    reply_event_types: list[str] | None = None
    """
    Incident events the robot posts, e.g. `i_new`, `i_snooze`.
    """
