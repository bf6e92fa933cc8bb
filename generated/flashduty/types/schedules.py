"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from __future__ import annotations

from typing import Any, Literal

from .._models import FlashdutyModel
from pydantic import RootModel

from .common import Page


class Calendar(FlashdutyModel):
    """
    A service calendar: which days are workdays, used by escalation and silence rules to behave differently on holidays. `personal` calendars belong to the account; public holiday calendars are maintained by Flashduty.
    """

    cal_id: str
    """
    Calendar ID, `cal.` followed by a random string, or a locale key for public calendars.
    """
    cal_name: str
    """
    Name.
    """
    description: str
    """
    Free-text description.
    """
    timezone: str
    """
    IANA time zone the days are counted in, e.g. `Asia/Shanghai`.
    """
    kind: Literal["region.official.holiday", "religion.holiday", "personal"] | str
    """
    Calendar kind - the account's own, or a public holiday calendar.
    """
    workdays: list[int] | None = None
    """
    Regular workdays, 0 for Sunday through 6 for Saturday; empty for public calendars.
    """
    extra_cal_ids: list[str] | None = None
    """
    Public holiday calendars whose events this one inherits, e.g. `zh-cn.china.official`.
    """
    team_id: int
    """
    Team that manages the calendar; 0 for none.
    """
    account_id: int
    """
    Account that owns it.
    """
    status: Literal["enabled", "deleted"] | str
    """
    Whether the calendar is live or deleted.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """
    creator_id: int
    """
    Member who created it; 0 for public calendars.
    """
    updated_by: int
    """
    Member who last changed it; 0 for public calendars.
    """


class CalendarCreated(FlashdutyModel):
    """
    The calendar just created.
    """

    cal_id: str
    """
    ID of the new calendar.
    """
    cal_name: str
    """
    Its name.
    """


class CalendarEvent(FlashdutyModel):
    """
    A day range marked off (holiday) or on (extra workday) in a calendar. Dates are `YYYY-MM-DD` in the calendar's time zone; `end_at` is exclusive.
    """

    cal_id: str
    """
    Calendar of the event; a locale key such as `zh-cn.china.official` for public holidays.
    """
    event_id: str
    """
    Event ID.
    """
    summary: str
    """
    Short title, e.g. `Labour Day`.
    """
    description: str
    """
    Free-text description.
    """
    start_at: str
    """
    First day, `YYYY-MM-DD`.
    """
    end_at: str
    """
    Day after the last one, `YYYY-MM-DD`.
    """
    is_off: bool
    """
    True for days off, false for days worked.
    """
    account_id: int | None = None
    """
    Account that owns the event; absent for public events.
    """
    creator_id: int | None = None
    """
    Member who created it; absent for public events.
    """
    created_at: int
    """
    Creation time, Unix seconds; 0 for generated events.
    """
    updated_at: int
    """
    Last change, Unix seconds; 0 for generated events.
    """


class CalendarEventList(FlashdutyModel):
    """
    Events of a calendar, all in one answer.
    """

    items: list[CalendarEvent] | None
    """
    Events ordered by `start_at`.
    """
    total: int
    """
    Number of events returned.
    """


class CalendarEventUpserted(FlashdutyModel):
    """
    The event just created or changed.
    """

    cal_id: str
    """
    Calendar ID.
    """
    event_id: str
    """
    ID of the event, new or existing.
    """
    summary: str
    """
    Its title.
    """


class CalendarList(FlashdutyModel):
    """
    Calendars, all in one answer.
    """

    items: list[Calendar] | None
    """
    The calendars.
    """
    total: int
    """
    Number of calendars returned.
    """


class CustomField(FlashdutyModel):
    """
    A custom incident field definition; incidents carry its values under `fields`.
    """

    field_id: str
    """
    Field ID.
    """
    field_name: str
    """
    Key of the field in an incident's `fields`.
    """
    display_name: str
    """
    Label shown in the console.
    """
    description: str | None = None
    """
    Free-text description.
    """
    field_type: Literal["text", "single_select", "multi_select", "checkbox"] | str
    """
    Input control of the field.
    """
    value_type: Literal["string", "bool"] | str
    """
    Type of the field's values.
    """
    options: list[Any] | None = None
    """
    Allowed values for select fields, of the `value_type`.
    """
    default_value: Any | None = None
    """
    Value used when none is set, of the `value_type`.
    """
    status: Literal["enabled", "disabled", "deleted"] | str
    """
    Lifecycle state.
    """
    account_id: int
    """
    Account that owns it.
    """
    creator_id: int
    """
    Member who created it.
    """
    updated_by: int
    """
    Member who last changed it.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """


class CustomFieldCreated(FlashdutyModel):
    """
    The field just created.
    """

    field_id: str
    """
    ID of the new field.
    """
    field_name: str
    """
    Its key.
    """


class CustomFieldList(FlashdutyModel):
    """
    Every custom field of the account.
    """

    items: list[CustomField] | None
    """
    The fields.
    """


class NotificationTemplate(FlashdutyModel):
    """
    A notification template: the message source per delivery channel, written in Go template syntax against the incident. An empty channel falls back to the default message.
    """

    template_id: str
    """
    Notification template ID, 24 hexadecimal characters. The built-in preset has the fixed ID `000000000000000000000001`.
    """
    template_name: str
    """
    Name, unique in the account.
    """
    description: str
    """
    Free-text description.
    """
    team_id: int
    """
    Team the template belongs to; 0 for the whole account.
    """
    account_id: int
    """
    Account that owns it.
    """
    email: str
    """
    Email body (Go `html/template`).
    """
    sms: str
    """
    SMS text (Go `text/template`).
    """
    voice: str
    """
    Script read out in voice calls.
    """
    dingtalk: str
    """
    Message for DingTalk robots.
    """
    wecom: str
    """
    Message for WeCom robots.
    """
    feishu: str
    """
    Message for Feishu robots.
    """
    feishu_app: str
    """
    Message for the Feishu app.
    """
    dingtalk_app: str
    """
    Message for the DingTalk app.
    """
    wecom_app: str
    """
    Message for the WeCom app.
    """
    slack_app: str
    """
    Message for the Slack app.
    """
    teams_app: str
    """
    Message for the Microsoft Teams app.
    """
    telegram: str
    """
    Message for Telegram bots.
    """
    slack: str
    """
    Message for Slack robots.
    """
    zoom: str
    """
    Message for Zoom bots.
    """
    status: Literal["enabled", "disabled", "deleted"] | str
    """
    Lifecycle state.
    """
    creator_id: int
    """
    Member who created it.
    """
    updated_by: int
    """
    Member who last changed it.
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
    When it was deleted, Unix seconds; absent while live.
    """


class NotificationTemplateCreated(FlashdutyModel):
    """
    The template just created.
    """

    template_id: str
    """
    Notification template ID, 24 hexadecimal characters. The built-in preset has the fixed ID `000000000000000000000001`.
    """
    template_name: str
    """
    Its name.
    """


class NotificationTemplateId(RootModel[str]):
    root: str
    """
    Notification template ID, 24 hexadecimal characters. The built-in preset has the fixed ID `000000000000000000000001`.
    """


class NotificationTemplatePage(Page):
    """
    One page of notification templates.
    """

    items: list[NotificationTemplate] | None
    """
    Templates on this page.
    """


class NotificationTemplatePreview(FlashdutyModel):
    """
    A template rendered for one channel.
    """

    content: str
    """
    The rendered message.
    """
    success: bool
    """
    Whether the template rendered without error.
    """
    message: str | None = None
    """
    What went wrong, when `success` is false.
    """


class OncallRole(FlashdutyModel):
    """
    A role a member can hold in an on-call group, such as primary or secondary.
    """

    id: int
    """
    Role ID, used as `role_id` in schedule groups.
    """
    name: str
    """
    Role name.
    """
    account_id: int
    """
    Account the role belongs to.
    """
    create_at: int
    """
    Creation time, Unix seconds; 0 for built-in roles.
    """
    create_by: int
    """
    Member who created it; 0 for built-in roles.
    """
    update_at: int
    """
    Last change, Unix seconds.
    """
    update_by: int
    """
    Member who last changed it.
    """


class Schedule(FlashdutyModel):
    """
    An on-call schedule: its layers and reminders and, for the requested window, the computed shifts per layer and merged. Fields marked nullable are null in a preview, which describes a schedule that is not saved.
    """

    schedule_id: int
    """
    Schedule ID; 0 in a preview.
    """
    schedule_name: str | None
    """
    Name.
    """
    description: str | None
    """
    Free-text description.
    """
    team_id: int | None
    """
    Team that owns the schedule; 0 for none.
    """
    status: int | None
    """
    Older enabled flag - 0 when the schedule is enabled, 1 when disabled.
    """
    account_id: int
    """
    Account that owns the schedule.
    """
    layers: list[ScheduleLayer] | None
    """
    Layer definitions.
    """
    notify: ScheduleNotify | None
    start: int | None = None
    """
    Start of the computed window, Unix seconds.
    """
    end: int | None = None
    """
    End of the computed window, Unix seconds.
    """
    schedule_layers: list[ScheduleLayerShifts] | None
    """
    Computed shifts of each layer in the window.
    """
    layer_schedules: list[ScheduleLayerShifts] | None
    """
    Same as `schedule_layers`, under its older name.
    """
    final_schedule: ScheduleLayerShifts | None
    cur_oncall: ScheduleOncallShift | None
    next_oncall: ScheduleOncallShift | None
    create_at: int
    """
    Creation time, Unix seconds.
    """
    create_by: int
    """
    Member who created it.
    """
    update_at: int
    """
    Last change, Unix seconds.
    """
    update_by: int
    """
    Member who last changed it.
    """
    id: int | None
    """
    Old name of `schedule_id`.
    """
    name: str | None
    """
    Old name of `schedule_name`.
    """
    group_id: int | None
    """
    Old name of `team_id`.
    """
    disabled: int | None
    """
    Old form of `status` - 1 when disabled.
    """
    field: str | None = None
    """
    Field touched by an older single-field update call.
    """


class ScheduleCreated(FlashdutyModel):
    """
    The schedule just created.
    """

    schedule_id: int
    """
    ID of the new schedule.
    """


class ScheduleDayMask(FlashdutyModel):
    """
    Weekdays on which the layer takes part; days left out are skipped.
    """

    repeat: list[int] | None
    """
    Weekdays included, 0 for Sunday through 6 for Saturday.
    """


class ScheduleFixedTimeNotify(FlashdutyModel):
    """
    A reminder sent at a fixed time of day, in addition to the one before each shift.
    """

    cycle: Literal["day"] | str
    """
    How often the reminder repeats; only daily is supported.
    """
    start: str
    """
    Time of day to send it, `HH:MM`, e.g. `08:00`.
    """


class ScheduleGroup(FlashdutyModel):
    """
    An on-call group of a layer. Groups take turns, one per rotation cycle. In computed shifts `start` and `end` give the shift's bounds; in a layer definition they are 0.
    """

    group_name: str
    """
    Group name shown in the console, e.g. `A`.
    """
    name: str | None = None
    """
    Older alias of `group_name`, kept for compatibility.
    """
    members: list[ScheduleMember] | None
    """
    Role slots of the group and who fills them.
    """
    start: int | None = None
    """
    Start of the group's shift, Unix seconds; 0 in a layer definition.
    """
    end: int | None = None
    """
    End of the group's shift, Unix seconds; 0 in a layer definition.
    """


class ScheduleImNotify(FlashdutyModel):
    """
    A reminder posted to an IM chat when shifts change.
    """

    type: str
    """
    IM type, e.g. `feishu_app`, `dingtalk_app`, `wecom_app`, `teams_app`, `slack_app`, `feishu` or `dingtalk`.
    """
    settings: ScheduleImNotifySettings | None


class ScheduleImNotifySettings(FlashdutyModel):
    """
    Where an IM reminder goes. Which fields apply depends on the IM type.
    """

    token: str | None = None
    """
    Webhook token of a chat robot.
    """
    alias: str | None = None
    """
    Display alias of the target.
    """
    data_source_id: int | None = None
    """
    IM integration that delivers the message, for app types.
    """
    chat_ids: list[str] | None = None
    """
    Chats (group IDs) to post to, for app types.
    """
    verify_token: str | None = None
    """
    Verification token of the robot, where the IM needs one.
    """
    sign_secret: str | None = None
    """
    Signing secret of the robot, where the IM needs one.
    """


class ScheduleLayer(FlashdutyModel):
    """
    One rotation layer (rule) of a schedule: who rotates, how often, and when the layer is active. Override layers (`mode` 1) come after regular ones and win where they overlap. Read-only fields are filled in by the server and ignored on input, so a layer read from `schedules.info` can be sent back as is.
    """

    layer_name: str
    """
    Layer name shown in the console.
    """
    name: str | None = None
    """
    Older alias of `layer_name`, kept for compatibility.
    """
    mode: Literal[0, 1]
    """
    0 for a regular rotation, 1 for a temporary override.
    """
    weight: int | None = None
    """
    Ordering weight of the layer.
    """
    hidden: int | None = None
    """
    1 hides the layer in the console, 0 shows it.
    """
    groups: list[ScheduleGroup] | None = None
    """
    Groups that take turns, in rotation order.
    """
    rotation_unit: Literal["hour", "day", "week", "month"] | str | None = None
    """
    Unit of one rotation cycle; `month` is a calendar month.
    """
    rotation_value: int | None = None
    """
    Number of `rotation_unit`s in one cycle.
    """
    rotation_duration: int | None = None
    """
    Length of one cycle in seconds.
    """
    handoff_time: int | None = None
    """
    For weekly cycles, when the next group takes over, in seconds from Monday 00:00.
    """
    enable_time: int | None = None
    """
    Unix seconds from which the layer applies.
    """
    expire_time: int | None = None
    """
    Unix seconds after which the layer no longer applies; 0 keeps it forever.
    """
    layer_start: int | None = None
    """
    Start of the layer, Unix seconds, on a half-hour boundary.
    """
    layer_end: int | None = None
    """
    End of the layer, Unix seconds, on a half-hour boundary; null or absent for open-ended.
    """
    restrict_mode: Literal[0, 1, 2] | None = None
    """
    Limits the layer to windows inside each cycle - 0 no limit, 1 daily windows, 2 weekly windows.
    """
    restrict_start: int | None = None
    """
    Start of a single restriction window; superseded by `restrict_periods`.
    """
    restrict_end: int | None = None
    """
    End of a single restriction window; superseded by `restrict_periods`.
    """
    restrict_periods: list[ScheduleRestrictPeriod] | None = None
    """
    Windows the layer is limited to when `restrict_mode` is 1 or 2.
    """
    day_mask: ScheduleDayMask | None = None
    fair_rotation: bool | None = None
    """
    Balance shifts evenly between groups when days are masked out.
    """
    mask_continuous_enabled: bool | None = None
    """
    Let a shift that starts on an included day run on into the next day at the same time of day, for masks that span midnight.
    """
    account_id: int | None = None
    """
    Account that owns the schedule.
    """
    schedule_id: int | None = None
    """
    Schedule the layer belongs to.
    """
    create_at: int | None = None
    """
    Creation time, Unix seconds.
    """
    create_by: int | None = None
    """
    Member who created the layer.
    """
    update_at: int | None = None
    """
    Last change, Unix seconds.
    """
    update_by: int | None = None
    """
    Member who last changed the layer.
    """


class ScheduleLayerShifts(FlashdutyModel):
    """
    Computed shifts of one layer, or of the whole schedule once layers are merged.
    """

    layer_name: str
    """
    Layer name; empty for the merged schedule.
    """
    name: str
    """
    Older alias of `layer_name`.
    """
    mode: int
    """
    0 for a regular layer, 1 for an override.
    """
    schedules: list[ScheduleShift] | None
    """
    Shifts in time order.
    """


class ScheduleList(FlashdutyModel):
    """
    Schedules, all in one answer.
    """

    items: list[Schedule] | None
    """
    The schedules.
    """


class ScheduleMember(FlashdutyModel):
    """
    One slot of an on-call group - the members who hold a given on-call role.
    """

    role_id: int
    """
    On-call role of this slot (see `schedules.oncall_roles.list`); 0 is the primary role.
    """
    person_ids: list[int] | None
    """
    Members on call in this slot.
    """


class ScheduleNotify(FlashdutyModel):
    """
    Reminders about upcoming shifts.
    """

    advance_in_time: int | None = None
    """
    How long before a shift starts to remind its members, in seconds.
    """
    fixed_time: ScheduleFixedTimeNotify | None = None
    by: ScheduleNotifyBy | None = None
    im: dict[str, Any] | None = None
    """
    Older map of IM type to robot token; use `webhooks`.
    """
    webhooks: list[ScheduleImNotify] | None = None
    """
    IM chats to remind.
    """


class ScheduleNotifyBy(FlashdutyModel):
    """
    How the members going on call are reminded personally.
    """

    follow_preference: bool
    """
    Use each member's own notification preferences when true; otherwise `personal_channels`.
    """
    personal_channels: list[str] | None = None
    """
    Channels to use, e.g. `email`, `sms` or an app channel such as `feishu_app:<id>`.
    """


class ScheduleOncallShift(FlashdutyModel):
    """
    The shift on call now, or the next one.
    """

    start: int
    """
    Start of the shift, Unix seconds.
    """
    end: int
    """
    End of the shift, Unix seconds.
    """
    group: ScheduleGroup | None
    update_at: int
    """
    When this was computed, Unix seconds.
    """
    weight: int
    """
    Weight of the layer the shift comes from.
    """
    index: int
    """
    Position of the group in the rotation.
    """


class SchedulePage(Page):
    """
    One page of schedules.
    """

    items: list[Schedule] | None
    """
    Schedules on this page.
    """


class ScheduleRestrictPeriod(FlashdutyModel):
    """
    A window inside each day or week during which the layer applies, as seconds from the start of the day (`restrict_mode` 1) or from Monday 00:00 (`restrict_mode` 2).
    """

    restrict_start: int
    """
    Where the window opens, in seconds from the start of the day or week.
    """
    restrict_end: int
    """
    Where the window closes, in seconds from the start of the day or week.
    """


class ScheduleShift(FlashdutyModel):
    """
    One computed shift - a group on call over a time range.
    """

    start: int
    """
    Start of the shift, Unix seconds.
    """
    end: int
    """
    End of the shift, Unix seconds.
    """
    group: ScheduleGroup | None
    index: int
    """
    Position of the group in the rotation.
    """
