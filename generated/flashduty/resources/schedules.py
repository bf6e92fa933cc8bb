"""The `schedules` resources. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from typing_extensions import deprecated

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Headers, Omit

if TYPE_CHECKING:
    from ..types.defs.calendar import Calendar
    from ..types.defs.calendar_created import CalendarCreated
    from ..types.defs.calendar_event_list import CalendarEventList
    from ..types.defs.calendar_event_upserted import CalendarEventUpserted
    from ..types.defs.calendar_list import CalendarList
    from ..types.defs.custom_field import CustomField
    from ..types.defs.custom_field_created import CustomFieldCreated
    from ..types.defs.custom_field_list import CustomFieldList
    from ..types.defs.notification_template import NotificationTemplate
    from ..types.defs.notification_template_created import NotificationTemplateCreated
    from ..types.defs.notification_template_page import NotificationTemplatePage
    from ..types.defs.notification_template_preview import NotificationTemplatePreview
    from ..types.defs.oncall_role import OncallRole
    from ..types.defs.schedule import Schedule
    from ..types.defs.schedule_created import ScheduleCreated
    from ..types.defs.schedule_layer import ScheduleLayer
    from ..types.defs.schedule_list import ScheduleList
    from ..types.defs.schedule_notify import ScheduleNotify
    from ..types.defs.schedule_page import SchedulePage

_TYPES = TypeNames(
    __name__,
    {
        "Calendar": "defs.calendar",
        "CalendarCreated": "defs.calendar_created",
        "CalendarEventList": "defs.calendar_event_list",
        "CalendarEventUpserted": "defs.calendar_event_upserted",
        "CalendarList": "defs.calendar_list",
        "CustomField": "defs.custom_field",
        "CustomFieldCreated": "defs.custom_field_created",
        "CustomFieldList": "defs.custom_field_list",
        "NotificationTemplate": "defs.notification_template",
        "NotificationTemplateCreated": "defs.notification_template_created",
        "NotificationTemplatePage": "defs.notification_template_page",
        "NotificationTemplatePreview": "defs.notification_template_preview",
        "OncallRole": "defs.oncall_role",
        "Schedule": "defs.schedule",
        "ScheduleCreated": "defs.schedule_created",
        "ScheduleLayer": "defs.schedule_layer",
        "ScheduleList": "defs.schedule_list",
        "ScheduleNotify": "defs.schedule_notify",
        "SchedulePage": "defs.schedule_page",
    },
)

__all__ = [
    "Schedules",
    "AsyncSchedules",
    "SchedulesOncallRoles",
    "AsyncSchedulesOncallRoles",
    "SchedulesCalendars",
    "AsyncSchedulesCalendars",
    "SchedulesCalendarsEvents",
    "AsyncSchedulesCalendarsEvents",
    "SchedulesTemplates",
    "AsyncSchedulesTemplates",
    "SchedulesFields",
    "AsyncSchedulesFields",
]

_CREATE: Endpoint[ScheduleCreated] = Endpoint(
    "POST",
    "/schedule/create",
    kind="model",
    data="ScheduleCreated",
    types=_TYPES,
    models={"layers": ("ScheduleLayer", "l"), "notify": ("ScheduleNotify", "")},
)
_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/schedule/update",
    kind="none",
    models={"layers": ("ScheduleLayer", "l"), "notify": ("ScheduleNotify", "")},
    types=_TYPES,
)
_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/schedule/delete",
    kind="none",
)
_ENABLE: Endpoint[None] = Endpoint(
    "POST",
    "/schedule/enable",
    kind="none",
)
_DISABLE: Endpoint[None] = Endpoint(
    "POST",
    "/schedule/disable",
    kind="none",
)
_INFO: Endpoint[Schedule] = Endpoint(
    "POST",
    "/schedule/info",
    kind="model",
    data="Schedule",
    types=_TYPES,
    idempotent=True,
)
_INFOS: Endpoint[ScheduleList] = Endpoint(
    "POST",
    "/schedule/infos",
    kind="model",
    data="ScheduleList",
    types=_TYPES,
    idempotent=True,
)
_LIST: Endpoint[SchedulePage] = Endpoint(
    "POST",
    "/schedule/list",
    kind="page",
    data="SchedulePage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_PREVIEW: Endpoint[Schedule] = Endpoint(
    "POST",
    "/schedule/preview",
    kind="model",
    data="Schedule",
    types=_TYPES,
    idempotent=True,
    models={"layers": ("ScheduleLayer", "l"), "notify": ("ScheduleNotify", "")},
)
_SELF: Endpoint[ScheduleList] = Endpoint(
    "POST",
    "/schedule/self",
    kind="model",
    data="ScheduleList",
    types=_TYPES,
    idempotent=True,
)
_ONCALL_ROLES_LIST: Endpoint[List[OncallRole]] = Endpoint(
    "GET",
    "/oncall/roles",
    kind="list",
    data="List[OncallRole]",
    types=_TYPES,
    idempotent=True,
)
_CALENDARS_CREATE: Endpoint[CalendarCreated] = Endpoint(
    "POST",
    "/calendar/create",
    kind="model",
    data="CalendarCreated",
    types=_TYPES,
)
_CALENDARS_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/calendar/update",
    kind="none",
)
_CALENDARS_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/calendar/delete",
    kind="none",
)
_CALENDARS_INFO: Endpoint[Calendar] = Endpoint(
    "POST",
    "/calendar/info",
    kind="model",
    data="Calendar",
    types=_TYPES,
    idempotent=True,
)
_CALENDARS_LIST: Endpoint[CalendarList] = Endpoint(
    "POST",
    "/calendar/list",
    kind="model",
    data="CalendarList",
    types=_TYPES,
    idempotent=True,
)
_CALENDARS_EVENTS_LIST: Endpoint[CalendarEventList] = Endpoint(
    "POST",
    "/calendar/event/list",
    kind="model",
    data="CalendarEventList",
    types=_TYPES,
    idempotent=True,
)
_CALENDARS_EVENTS_UPSERT: Endpoint[CalendarEventUpserted] = Endpoint(
    "POST",
    "/calendar/event/upsert",
    kind="model",
    data="CalendarEventUpserted",
    types=_TYPES,
)
_CALENDARS_EVENTS_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/calendar/event/delete",
    kind="none",
)
_TEMPLATES_CREATE: Endpoint[NotificationTemplateCreated] = Endpoint(
    "POST",
    "/template/create",
    kind="model",
    data="NotificationTemplateCreated",
    types=_TYPES,
)
_TEMPLATES_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/template/update",
    kind="none",
)
_TEMPLATES_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/template/delete",
    kind="none",
)
_TEMPLATES_INFO: Endpoint[NotificationTemplate] = Endpoint(
    "POST",
    "/template/info",
    kind="model",
    data="NotificationTemplate",
    types=_TYPES,
    idempotent=True,
)
_TEMPLATES_LIST: Endpoint[NotificationTemplatePage] = Endpoint(
    "POST",
    "/template/list",
    kind="page",
    data="NotificationTemplatePage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_TEMPLATES_PREVIEW: Endpoint[NotificationTemplatePreview] = Endpoint(
    "POST",
    "/template/preview",
    kind="model",
    data="NotificationTemplatePreview",
    types=_TYPES,
    idempotent=True,
)
_FIELDS_CREATE: Endpoint[CustomFieldCreated] = Endpoint(
    "POST",
    "/field/create",
    kind="model",
    data="CustomFieldCreated",
    types=_TYPES,
)
_FIELDS_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/field/update",
    kind="none",
)
_FIELDS_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/field/delete",
    kind="none",
)
_FIELDS_INFO: Endpoint[CustomField] = Endpoint(
    "POST",
    "/field/info",
    kind="model",
    data="CustomField",
    types=_TYPES,
    idempotent=True,
)
_FIELDS_LIST: Endpoint[CustomFieldList] = Endpoint(
    "POST",
    "/field/list",
    kind="model",
    data="CustomFieldList",
    types=_TYPES,
    idempotent=True,
)


class SchedulesFields(SyncResource):
    """Operations under `client.schedules.fields`."""

    def create(
        self,
        *,
        field_name: str,
        display_name: str,
        field_type: Literal["text", "single_select", "multi_select", "checkbox"],
        value_type: Literal["string", "bool"],
        description: str | Omit = OMIT,
        options: List[Any] | Omit = OMIT,
        default_value: Any | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CustomFieldCreated:
        """Create a custom field.

        Defines a custom incident field: a free-text, select or checkbox input whose
        values incidents carry under `fields`. Options and the default must be of the
        `value_type`.

        HTTP: POST /field/create

        Args:
            field_name: Key of the field in incidents - a letter or underscore, then up
                to 39 letters, digits or underscores.
            display_name: Label shown in the console, at most 40 characters.
            field_type: Input control of the field.
            value_type: Type of the field's values.
            description: Explanatory text of up to 500 characters.
            options: Allowed values for select fields, distinct, of the `value_type`;
                strings up to 200 characters.
            default_value: Value used when none is set, of the `value_type`; up to 500
                characters for text fields, 200 otherwise.
        """
        return self._client.request(
            _FIELDS_CREATE,
            {
                "field_name": field_name,
                "display_name": display_name,
                "field_type": field_type,
                "value_type": value_type,
                "description": description,
                "options": options,
                "default_value": default_value,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        field_id: str,
        display_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        options: List[Any] | Omit = OMIT,
        default_value: Any | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a custom field.

        Changes a custom field's label, description, options or default. The key, input
        control and value type are not part of this call.

        HTTP: POST /field/update

        Args:
            field_id: Field to change.
            display_name: New label.
            description: New description.
            options: New allowed values, distinct, of the field's `value_type`.
            default_value: New default, of the field's `value_type`.
        """
        return self._client.request(
            _FIELDS_UPDATE,
            {
                "field_id": field_id,
                "display_name": display_name,
                "description": description,
                "options": options,
                "default_value": default_value,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        field_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a custom field.

        Deletes a custom field definition.

        HTTP: POST /field/delete

        Args:
            field_id: Field to delete.
        """
        return self._client.request(
            _FIELDS_DELETE, {"field_id": field_id}, timeout, max_retries, extra_headers
        )

    def info(
        self,
        *,
        field_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CustomField:
        """Get one custom field.

        Returns a custom field definition.

        HTTP: POST /field/info

        Args:
            field_id: Field to read.
        """
        return self._client.request(
            _FIELDS_INFO, {"field_id": field_id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CustomFieldList:
        """List custom fields.

        Returns every custom field defined in the account. Takes no filters and is not
        paginated.

        HTTP: POST /field/list
        """
        return self._client.request(_FIELDS_LIST, {}, timeout, max_retries, extra_headers)


class SchedulesTemplates(SyncResource):
    """Operations under `client.schedules.templates`."""

    def create(
        self,
        *,
        template_name: str,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        email: str | Omit = OMIT,
        sms: str | Omit = OMIT,
        voice: str | Omit = OMIT,
        dingtalk: str | Omit = OMIT,
        wecom: str | Omit = OMIT,
        feishu: str | Omit = OMIT,
        feishu_app: str | Omit = OMIT,
        dingtalk_app: str | Omit = OMIT,
        wecom_app: str | Omit = OMIT,
        slack_app: str | Omit = OMIT,
        teams_app: str | Omit = OMIT,
        telegram: str | Omit = OMIT,
        slack: str | Omit = OMIT,
        zoom: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> NotificationTemplateCreated:
        """Create a notification template.

        Creates a notification template with a message per delivery channel, in Go
        template syntax. The name must be unique in the account, and every non-empty
        channel must render against a sample incident, or the call fails with
        `InvalidParameter`. Calls are audit-logged.

        Permission: Templates Manage.
        HTTP: POST /template/create

        Args:
            template_name: Name, unique in the account, 1 to 39 characters.
            description: Explanatory text of up to 500 characters.
            team_id: Team the template belongs to; 0 for the whole account.
            email: Email body (Go `html/template`).
            sms: SMS text (Go `text/template`).
            voice: Script read out in voice calls.
            dingtalk: Message for DingTalk robots.
            wecom: Message for WeCom robots.
            feishu: Message for Feishu robots.
            feishu_app: Message for the Feishu app.
            dingtalk_app: Message for the DingTalk app.
            wecom_app: Message for the WeCom app.
            slack_app: Message for the Slack app.
            teams_app: Message for the Microsoft Teams app.
            telegram: Message for Telegram bots.
            slack: Message for Slack robots.
            zoom: Message for Zoom bots.
        """
        return self._client.request(
            _TEMPLATES_CREATE,
            {
                "template_name": template_name,
                "description": description,
                "team_id": team_id,
                "email": email,
                "sms": sms,
                "voice": voice,
                "dingtalk": dingtalk,
                "wecom": wecom,
                "feishu": feishu,
                "feishu_app": feishu_app,
                "dingtalk_app": dingtalk_app,
                "wecom_app": wecom_app,
                "slack_app": slack_app,
                "teams_app": teams_app,
                "telegram": telegram,
                "slack": slack,
                "zoom": zoom,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        template_id: str,
        template_name: str,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        email: str | Omit = OMIT,
        sms: str | Omit = OMIT,
        voice: str | Omit = OMIT,
        dingtalk: str | Omit = OMIT,
        wecom: str | Omit = OMIT,
        feishu: str | Omit = OMIT,
        feishu_app: str | Omit = OMIT,
        dingtalk_app: str | Omit = OMIT,
        wecom_app: str | Omit = OMIT,
        slack_app: str | Omit = OMIT,
        teams_app: str | Omit = OMIT,
        telegram: str | Omit = OMIT,
        slack: str | Omit = OMIT,
        zoom: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a notification template.

        Rewrites a template's name, description and channel messages. Each channel sent
        overwrites the stored message and an empty string clears it, so send the whole
        template. Needs access to the template's team; calls are audit-logged.

        Permission: Templates Manage.
        HTTP: POST /template/update

        Args:
            template_id: Notification template ID, 24 hexadecimal characters. The
                built-in preset has the fixed ID `000000000000000000000001`.
            template_name: Name, 1 to 39 characters.
            description: Explanatory text of up to 500 characters.
            team_id: Team the template belongs to; 0 for the whole account.
            email: Email body (Go `html/template`).
            sms: SMS text (Go `text/template`).
            voice: Script read out in voice calls.
            dingtalk: Message for DingTalk robots.
            wecom: Message for WeCom robots.
            feishu: Message for Feishu robots.
            feishu_app: Message for the Feishu app.
            dingtalk_app: Message for the DingTalk app.
            wecom_app: Message for the WeCom app.
            slack_app: Message for the Slack app.
            teams_app: Message for the Microsoft Teams app.
            telegram: Message for Telegram bots.
            slack: Message for Slack robots.
            zoom: Message for Zoom bots.
        """
        return self._client.request(
            _TEMPLATES_UPDATE,
            {
                "template_id": template_id,
                "template_name": template_name,
                "description": description,
                "team_id": team_id,
                "email": email,
                "sms": sms,
                "voice": voice,
                "dingtalk": dingtalk,
                "wecom": wecom,
                "feishu": feishu,
                "feishu_app": feishu_app,
                "dingtalk_app": dingtalk_app,
                "wecom_app": wecom_app,
                "slack_app": slack_app,
                "teams_app": teams_app,
                "telegram": telegram,
                "slack": slack,
                "zoom": zoom,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        template_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a notification template.

        Deletes a template; it disappears from listings but is kept for the audit trail.
        Fails with `ReferenceExist` while a channel, escalation rule or subscription
        still uses it.

        Permission: Templates Manage.
        HTTP: POST /template/delete

        Args:
            template_id: Notification template ID, 24 hexadecimal characters. The
                built-in preset has the fixed ID `000000000000000000000001`.
        """
        return self._client.request(
            _TEMPLATES_DELETE, {"template_id": template_id}, timeout, max_retries, extra_headers
        )

    def info(
        self,
        *,
        template_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> NotificationTemplate:
        """Get one notification template.

        Returns a template with the message of every channel. Pass
        `000000000000000000000001` to get the built-in preset in the account's language.

        Permission: Templates Read.
        HTTP: POST /template/info

        Args:
            template_id: Notification template ID, 24 hexadecimal characters. The
                built-in preset has the fixed ID `000000000000000000000001`.
        """
        return self._client.request(
            _TEMPLATES_INFO, {"template_id": template_id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        query: str | Omit = OMIT,
        team_ids: List[int] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        creator_id: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[NotificationTemplate]:
        """List notification templates.

        Lists templates, filtered by team, creator and name, sorted by creation or
        update time. Pages with `p` and `limit`. With `is_my_team`, `team_ids` is
        ignored.

        Permission: Templates Read or Templates Manage.
        HTTP: POST /template/list

        Args:
            query: Substring or regular expression to match in template names.
            team_ids: Only templates of these teams.
            is_my_team: Only templates of teams the caller belongs to.
            creator_id: Only templates this member created.
            orderby: Field to sort by.
            asc: Oldest first when true.
            p: Page number, from 1.
            limit: Page size, at most 100.
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _TEMPLATES_LIST,
            {
                "query": query,
                "team_ids": team_ids,
                "is_my_team": is_my_team,
                "creator_id": creator_id,
                "orderby": orderby,
                "asc": asc,
                "p": p,
                "limit": limit,
            },
            options,
        )

    def preview(
        self,
        *,
        content: str,
        type: Literal[
            "dingtalk_app",
            "feishu_app",
            "wecom_app",
            "slack_app",
            "teams_app",
            "feishu",
            "dingtalk",
            "wecom",
            "telegram",
            "zoom",
            "email",
            "sms",
        ],
        incident_id: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> NotificationTemplatePreview:
        """Preview a notification template.

        Renders template source for one channel against a real incident, or against
        sample data when `incident_id` is omitted, and reports whether it rendered
        cleanly. Nothing is saved.

        HTTP: POST /template/preview

        Args:
            content: Template source to render.
            type: Channel the source is written for.
            incident_id: Incident ID, 24 hexadecimal characters.
        """
        return self._client.request(
            _TEMPLATES_PREVIEW,
            {"content": content, "type": type, "incident_id": incident_id},
            timeout,
            max_retries,
            extra_headers,
        )


class SchedulesCalendarsEvents(SyncResource):
    """Operations under `client.schedules.calendars.events`."""

    def list(
        self,
        *,
        cal_id: str,
        year: int | Omit = OMIT,
        month: int | Omit = OMIT,
        day: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CalendarEventList:
        """List calendar events.

        Returns a calendar's holidays and extra workdays for a year, a month or a day,
        including the days off its workday settings and inherited public calendars
        produce. Without `month` and `day` the whole year comes back.

        HTTP: POST /calendar/event/list

        Args:
            cal_id: Calendar to read.
            year: Year; the current one when omitted.
            month: Month, 1 to 12; 0 or omitted for the whole year.
            day: Day of the month, 1 to 31, which requires `month`; 0 or omitted for the
                whole month.
        """
        return self._client.request(
            _CALENDARS_EVENTS_LIST,
            {"cal_id": cal_id, "year": year, "month": month, "day": day},
            timeout,
            max_retries,
            extra_headers,
        )

    def upsert(
        self,
        *,
        cal_id: str,
        summary: str,
        start_at: str,
        end_at: str,
        is_off: bool,
        event_id: str | Omit = OMIT,
        description: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CalendarEventUpserted:
        """Add or change a calendar event.

        Marks a range of days in a personal calendar as off (holiday) or on (extra
        workday). Without `event_id` a new event is created; with it, that event is
        replaced.

        Permission: Calendars Manage.
        HTTP: POST /calendar/event/upsert

        Args:
            cal_id: Calendar to add the event to.
            summary: Short title, 1 to 39 characters.
            start_at: First day, `YYYY-MM-DD`.
            end_at: Day after the last one, `YYYY-MM-DD` (exclusive).
            is_off: True to mark the days off, false to mark them as workdays.
            event_id: Event to replace; omit to create one.
            description: Free-text description, at most 499 characters.
        """
        return self._client.request(
            _CALENDARS_EVENTS_UPSERT,
            {
                "cal_id": cal_id,
                "summary": summary,
                "start_at": start_at,
                "end_at": end_at,
                "is_off": is_off,
                "event_id": event_id,
                "description": description,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        cal_id: str,
        event_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a calendar event.

        Removes one event from a personal calendar.

        Permission: Calendars Manage.
        HTTP: POST /calendar/event/delete

        Args:
            cal_id: Calendar holding the event.
            event_id: Event to delete.
        """
        return self._client.request(
            _CALENDARS_EVENTS_DELETE,
            {"cal_id": cal_id, "event_id": event_id},
            timeout,
            max_retries,
            extra_headers,
        )


class SchedulesCalendars(SyncResource):
    """Operations under `client.schedules.calendars`."""

    @cached_property
    def events(self) -> SchedulesCalendarsEvents:
        return SchedulesCalendarsEvents(self._client)

    def create(
        self,
        *,
        cal_name: str,
        description: str | Omit = OMIT,
        timezone: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        workdays: List[int] | Omit = OMIT,
        extra_cal_ids: List[str] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CalendarCreated:
        """Create a service calendar.

        Creates a personal service calendar, which marks workdays and holidays for
        escalation and silence rules. An account holds at most 5 calendars.

        Permission: Calendars Manage.
        HTTP: POST /calendar/create

        Args:
            cal_name: Name, 1 to 39 characters.
            description: Free-text description, at most 499 characters.
            timezone: IANA time zone the days are counted in.
            team_id: Team allowed to manage it; 0 leaves that to the creator and account
                owner.
            workdays: Regular workdays, 0 for Sunday through 6 for Saturday; empty means
                every day.
            extra_cal_ids: Holiday calendars, e.g. `zh-cn.china.official`, whose events
                are merged into this one.
        """
        return self._client.request(
            _CALENDARS_CREATE,
            {
                "cal_name": cal_name,
                "description": description,
                "timezone": timezone,
                "team_id": team_id,
                "workdays": workdays,
                "extra_cal_ids": extra_cal_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        cal_id: str,
        cal_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        timezone: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        workdays: List[int] | Omit = OMIT,
        extra_cal_ids: List[str] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a service calendar.

        Changes a personal calendar. Only the fields you send change; the rest stay as
        they are.

        Permission: Calendars Manage.
        HTTP: POST /calendar/update

        Args:
            cal_id: Calendar to change.
            cal_name: Calendar name to use from now on (1-39 characters).
            description: New description, at most 499 characters.
            timezone: New IANA time zone.
            team_id: New managing team.
            workdays: New regular workdays, 0 for Sunday through 6 for Saturday.
            extra_cal_ids: New set of public holiday calendars to inherit from.
        """
        return self._client.request(
            _CALENDARS_UPDATE,
            {
                "cal_id": cal_id,
                "cal_name": cal_name,
                "description": description,
                "timezone": timezone,
                "team_id": team_id,
                "workdays": workdays,
                "extra_cal_ids": extra_cal_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        cal_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a service calendar.

        Deletes a personal calendar. Fails with `ReferenceExist` while an escalation or
        silence rule still uses it.

        Permission: Calendars Manage.
        HTTP: POST /calendar/delete

        Args:
            cal_id: Calendar to delete.
        """
        return self._client.request(
            _CALENDARS_DELETE, {"cal_id": cal_id}, timeout, max_retries, extra_headers
        )

    def info(
        self,
        *,
        cal_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Calendar:
        """Get one service calendar.

        Returns a personal calendar's settings. Public holiday calendars cannot be read
        this way.

        HTTP: POST /calendar/info

        Args:
            cal_id: Calendar to read.
        """
        return self._client.request(
            _CALENDARS_INFO, {"cal_id": cal_id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        kind: Literal["region.official.holiday", "personal"] | Omit = OMIT,
        no_locale: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CalendarList:
        """List service calendars.

        Lists the account's personal calendars, or the public holiday calendars when
        `kind` is `region.official.holiday`. Not paginated.

        HTTP: POST /calendar/list

        Args:
            kind: Which calendars to list.
            no_locale: List public holiday calendars of every locale, not just the
                account's.
        """
        return self._client.request(
            _CALENDARS_LIST,
            {"kind": kind, "no_locale": no_locale},
            timeout,
            max_retries,
            extra_headers,
        )


class SchedulesOncallRoles(SyncResource):
    """Operations under `client.schedules.oncall_roles`."""

    def list(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[OncallRole]:
        """List on-call roles.

        Returns the roles members can hold in a schedule's groups, such as primary and
        secondary on-call. Use a role's `id` as `role_id` in schedule layers. Takes no
        parameters.

        HTTP: GET /oncall/roles
        """
        return self._client.request(_ONCALL_ROLES_LIST, {}, timeout, max_retries, extra_headers)


class Schedules(SyncResource):
    """Operations under `client.schedules`."""

    @cached_property
    def oncall_roles(self) -> SchedulesOncallRoles:
        return SchedulesOncallRoles(self._client)

    @cached_property
    def calendars(self) -> SchedulesCalendars:
        return SchedulesCalendars(self._client)

    @cached_property
    def templates(self) -> SchedulesTemplates:
        return SchedulesTemplates(self._client)

    @cached_property
    def fields(self) -> SchedulesFields:
        return SchedulesFields(self._client)

    def create(
        self,
        *,
        schedule_name: str,
        layers: List[ScheduleLayer | Dict[str, Any]],
        name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        status: Literal[0, 1] | Omit = OMIT,
        notify: ScheduleNotify | Dict[str, Any] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ScheduleCreated:
        """Create a schedule.

        Creates an on-call schedule from one or more rotation layers, with optional
        reminders before shifts. Returns the new schedule's ID. Try the layers with
        `schedules.preview` first to see the shifts they produce.

        Permission: Schedules Manage.
        HTTP: POST /schedule/create

        Args:
            schedule_name: Name, at most 40 characters.
            layers: Rotation layers; regular layers (`mode` 0) first, overrides after.
            name: Older name field, read only when `schedule_name` is empty.
            description: Explanatory text of up to 500 characters.
            team_id: Team that owns the schedule.
            status: 0 to create it enabled, 1 disabled.
            notify: Reminders about upcoming shifts.
        """
        return self._client.request(
            _CREATE,
            {
                "schedule_name": schedule_name,
                "layers": layers,
                "name": name,
                "description": description,
                "team_id": team_id,
                "status": status,
                "notify": notify,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        schedule_id: int,
        schedule_name: str | Omit = OMIT,
        name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        layers: List[ScheduleLayer | Dict[str, Any]] | Omit = OMIT,
        notify: ScheduleNotify | Dict[str, Any] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a schedule.

        Changes the schedule named by `schedule_id`. Takes the same fields as
        `schedules.create`.

        Permission: Schedules Manage.
        HTTP: POST /schedule/update

        Args:
            schedule_id: Schedule to change.
            schedule_name: New name, at most 40 characters.
            name: Older name field, read only when `schedule_name` is empty.
            description: Replacement explanatory text of up to 500 characters.
            team_id: New owning team.
            layers: The full new set of rotation layers.
            notify: Reminders about upcoming shifts.
        """
        return self._client.request(
            _UPDATE,
            {
                "schedule_id": schedule_id,
                "schedule_name": schedule_name,
                "name": name,
                "description": description,
                "team_id": team_id,
                "layers": layers,
                "notify": notify,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        schedule_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete schedules.

        Deletes one or more schedules. Fails with `ReferenceExist` while an escalation
        rule still points at one of them.

        Permission: Schedules Manage.
        HTTP: POST /schedule/delete

        Args:
            schedule_ids: Schedules to delete.
        """
        return self._client.request(
            _DELETE, {"schedule_ids": schedule_ids}, timeout, max_retries, extra_headers
        )

    def enable(
        self,
        *,
        schedule_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Enable schedules.

        Turns disabled schedules back on. Unverified: this operation is only listed in
        the product catalog, not in the API reference; its body is assumed to match
        `schedules.delete`.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /schedule/enable

        Args:
            schedule_ids: Schedules to enable.
        """
        return self._client.request(
            _ENABLE, {"schedule_ids": schedule_ids}, timeout, max_retries, extra_headers
        )

    def disable(
        self,
        *,
        schedule_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Disable schedules.

        Turns schedules off without deleting them. Unverified: this operation is only
        listed in the product catalog, not in the API reference; its body is assumed to
        match `schedules.delete`.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /schedule/disable

        Args:
            schedule_ids: Schedules to disable.
        """
        return self._client.request(
            _DISABLE, {"schedule_ids": schedule_ids}, timeout, max_retries, extra_headers
        )

    def info(
        self,
        *,
        schedule_id: int,
        start: int,
        end: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Schedule:
        """Get one schedule.

        Returns a schedule with its layers and reminders, the shifts computed for a
        window of less than 45 days, and who is on call now and next.

        Permission: Schedules Read or Schedules Manage.
        HTTP: POST /schedule/info

        Args:
            schedule_id: Schedule to read.
            start: Start of the window to compute shifts for, Unix seconds.
            end: End of that span, Unix seconds; less than 45 days past `start`.
        """
        return self._client.request(
            _INFO,
            {"schedule_id": schedule_id, "start": start, "end": end},
            timeout,
            max_retries,
            extra_headers,
        )

    def infos(
        self,
        *,
        schedule_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ScheduleList:
        """Get several schedules.

        Returns the schedules with the given IDs, with their definitions and reminders;
        no shifts are computed.

        Permission: Schedules Read or Schedules Manage.
        HTTP: POST /schedule/infos

        Args:
            schedule_ids: Schedules to read.
        """
        return self._client.request(
            _INFOS, {"schedule_ids": schedule_ids}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        query: str | Omit = OMIT,
        team_ids: List[int] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        is_my_manage: bool | Omit = OMIT,
        start: int | Omit = OMIT,
        end: int | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[Schedule]:
        """List schedules.

        Lists schedules, filtered by name and team. Pages with `p` and `limit`. Give
        both `start` and `end` (less than 45 days apart) to also get each schedule's
        computed shifts.

        HTTP: POST /schedule/list

        Args:
            query: Text to match in schedule names.
            team_ids: Only schedules owned by these teams.
            is_my_team: Only schedules of teams the caller belongs to; not combinable
                with `is_my_manage`.
            is_my_manage: Only schedules the caller created in their teams; not
                combinable with `is_my_team`.
            start: Start of the window to compute shifts for, Unix seconds.
            end: End of that span, Unix seconds; less than 45 days past `start`.
            p: Page number, from 1.
            limit: Page size, at most 100.
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _LIST,
            {
                "query": query,
                "team_ids": team_ids,
                "is_my_team": is_my_team,
                "is_my_manage": is_my_manage,
                "start": start,
                "end": end,
                "p": p,
                "limit": limit,
            },
            options,
        )

    def preview(
        self,
        *,
        start: int,
        end: int,
        layers: List[ScheduleLayer | Dict[str, Any]],
        schedule_id: int | Omit = OMIT,
        schedule_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        notify: ScheduleNotify | Dict[str, Any] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Schedule:
        """Preview a schedule.

        Computes the shifts that a set of layers would produce over a window of at most
        45 days, without saving anything. Accepts the fields of `schedules.create`; the
        answer's ID and name fields are null. Limited to 10 calls per second and 60 per
        minute.

        Permission: Schedules Read or Schedules Manage.
        Rate limit: 10 per second, 60 per minute.
        HTTP: POST /schedule/preview

        Args:
            start: Lower bound of the time range, Unix seconds.
            end: Upper bound of the time range, Unix seconds; no more than 45 days past
                `start`.
            layers: Rotation layers to try out.
            schedule_id: Schedule the layers are meant for, if any.
            schedule_name: Name of the schedule being drafted.
            description: Description of the schedule being drafted.
            team_id: Team of the schedule being drafted.
            notify: Reminders about upcoming shifts.
        """
        return self._client.request(
            _PREVIEW,
            {
                "start": start,
                "end": end,
                "layers": layers,
                "schedule_id": schedule_id,
                "schedule_name": schedule_name,
                "description": description,
                "team_id": team_id,
                "notify": notify,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def self_(
        self,
        *,
        start: int | Omit = OMIT,
        end: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ScheduleList:
        """List my schedules.

        Returns the schedules in which the caller has shifts within a window of at most
        30 days.

        Permission: Schedules Read or Schedules Manage.
        HTTP: POST /schedule/self

        Args:
            start: Lower bound of the time range, Unix seconds.
            end: Upper bound of the time range, Unix seconds; no more than 30 days past
                `start`.
        """
        return self._client.request(
            _SELF, {"start": start, "end": end}, timeout, max_retries, extra_headers
        )


class AsyncSchedulesFields(AsyncResource):
    """Operations under `client.schedules.fields`."""

    async def create(
        self,
        *,
        field_name: str,
        display_name: str,
        field_type: Literal["text", "single_select", "multi_select", "checkbox"],
        value_type: Literal["string", "bool"],
        description: str | Omit = OMIT,
        options: List[Any] | Omit = OMIT,
        default_value: Any | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CustomFieldCreated:
        """Create a custom field: the awaitable `SchedulesFields.create`, documented there."""
        return await self._client.request(
            _FIELDS_CREATE,
            {
                "field_name": field_name,
                "display_name": display_name,
                "field_type": field_type,
                "value_type": value_type,
                "description": description,
                "options": options,
                "default_value": default_value,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        field_id: str,
        display_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        options: List[Any] | Omit = OMIT,
        default_value: Any | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a custom field: the awaitable `SchedulesFields.update`, documented there."""
        return await self._client.request(
            _FIELDS_UPDATE,
            {
                "field_id": field_id,
                "display_name": display_name,
                "description": description,
                "options": options,
                "default_value": default_value,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        field_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a custom field: the awaitable `SchedulesFields.delete`, documented there."""
        return await self._client.request(
            _FIELDS_DELETE, {"field_id": field_id}, timeout, max_retries, extra_headers
        )

    async def info(
        self,
        *,
        field_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CustomField:
        """Get one custom field: the awaitable `SchedulesFields.info`, documented there."""
        return await self._client.request(
            _FIELDS_INFO, {"field_id": field_id}, timeout, max_retries, extra_headers
        )

    async def list(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CustomFieldList:
        """List custom fields: the awaitable `SchedulesFields.list`, documented there."""
        return await self._client.request(_FIELDS_LIST, {}, timeout, max_retries, extra_headers)


class AsyncSchedulesTemplates(AsyncResource):
    """Operations under `client.schedules.templates`."""

    async def create(
        self,
        *,
        template_name: str,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        email: str | Omit = OMIT,
        sms: str | Omit = OMIT,
        voice: str | Omit = OMIT,
        dingtalk: str | Omit = OMIT,
        wecom: str | Omit = OMIT,
        feishu: str | Omit = OMIT,
        feishu_app: str | Omit = OMIT,
        dingtalk_app: str | Omit = OMIT,
        wecom_app: str | Omit = OMIT,
        slack_app: str | Omit = OMIT,
        teams_app: str | Omit = OMIT,
        telegram: str | Omit = OMIT,
        slack: str | Omit = OMIT,
        zoom: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> NotificationTemplateCreated:
        """Create a notification template: the awaitable `SchedulesTemplates.create`, documented there."""
        return await self._client.request(
            _TEMPLATES_CREATE,
            {
                "template_name": template_name,
                "description": description,
                "team_id": team_id,
                "email": email,
                "sms": sms,
                "voice": voice,
                "dingtalk": dingtalk,
                "wecom": wecom,
                "feishu": feishu,
                "feishu_app": feishu_app,
                "dingtalk_app": dingtalk_app,
                "wecom_app": wecom_app,
                "slack_app": slack_app,
                "teams_app": teams_app,
                "telegram": telegram,
                "slack": slack,
                "zoom": zoom,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        template_id: str,
        template_name: str,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        email: str | Omit = OMIT,
        sms: str | Omit = OMIT,
        voice: str | Omit = OMIT,
        dingtalk: str | Omit = OMIT,
        wecom: str | Omit = OMIT,
        feishu: str | Omit = OMIT,
        feishu_app: str | Omit = OMIT,
        dingtalk_app: str | Omit = OMIT,
        wecom_app: str | Omit = OMIT,
        slack_app: str | Omit = OMIT,
        teams_app: str | Omit = OMIT,
        telegram: str | Omit = OMIT,
        slack: str | Omit = OMIT,
        zoom: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a notification template: the awaitable `SchedulesTemplates.update`, documented there."""
        return await self._client.request(
            _TEMPLATES_UPDATE,
            {
                "template_id": template_id,
                "template_name": template_name,
                "description": description,
                "team_id": team_id,
                "email": email,
                "sms": sms,
                "voice": voice,
                "dingtalk": dingtalk,
                "wecom": wecom,
                "feishu": feishu,
                "feishu_app": feishu_app,
                "dingtalk_app": dingtalk_app,
                "wecom_app": wecom_app,
                "slack_app": slack_app,
                "teams_app": teams_app,
                "telegram": telegram,
                "slack": slack,
                "zoom": zoom,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        template_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a notification template: the awaitable `SchedulesTemplates.delete`, documented there."""
        return await self._client.request(
            _TEMPLATES_DELETE, {"template_id": template_id}, timeout, max_retries, extra_headers
        )

    async def info(
        self,
        *,
        template_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> NotificationTemplate:
        """Get one notification template: the awaitable `SchedulesTemplates.info`, documented there."""
        return await self._client.request(
            _TEMPLATES_INFO, {"template_id": template_id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        query: str | Omit = OMIT,
        team_ids: List[int] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        creator_id: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[NotificationTemplate]:
        """List notification templates: the awaitable `SchedulesTemplates.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _TEMPLATES_LIST,
            {
                "query": query,
                "team_ids": team_ids,
                "is_my_team": is_my_team,
                "creator_id": creator_id,
                "orderby": orderby,
                "asc": asc,
                "p": p,
                "limit": limit,
            },
            options,
        )

    async def preview(
        self,
        *,
        content: str,
        type: Literal[
            "dingtalk_app",
            "feishu_app",
            "wecom_app",
            "slack_app",
            "teams_app",
            "feishu",
            "dingtalk",
            "wecom",
            "telegram",
            "zoom",
            "email",
            "sms",
        ],
        incident_id: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> NotificationTemplatePreview:
        """Preview a notification template: the awaitable `SchedulesTemplates.preview`, documented there."""
        return await self._client.request(
            _TEMPLATES_PREVIEW,
            {"content": content, "type": type, "incident_id": incident_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncSchedulesCalendarsEvents(AsyncResource):
    """Operations under `client.schedules.calendars.events`."""

    async def list(
        self,
        *,
        cal_id: str,
        year: int | Omit = OMIT,
        month: int | Omit = OMIT,
        day: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CalendarEventList:
        """List calendar events: the awaitable `SchedulesCalendarsEvents.list`, documented there."""
        return await self._client.request(
            _CALENDARS_EVENTS_LIST,
            {"cal_id": cal_id, "year": year, "month": month, "day": day},
            timeout,
            max_retries,
            extra_headers,
        )

    async def upsert(
        self,
        *,
        cal_id: str,
        summary: str,
        start_at: str,
        end_at: str,
        is_off: bool,
        event_id: str | Omit = OMIT,
        description: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CalendarEventUpserted:
        """Add or change a calendar event: the awaitable `SchedulesCalendarsEvents.upsert`, documented there."""
        return await self._client.request(
            _CALENDARS_EVENTS_UPSERT,
            {
                "cal_id": cal_id,
                "summary": summary,
                "start_at": start_at,
                "end_at": end_at,
                "is_off": is_off,
                "event_id": event_id,
                "description": description,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        cal_id: str,
        event_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a calendar event: the awaitable `SchedulesCalendarsEvents.delete`, documented there."""
        return await self._client.request(
            _CALENDARS_EVENTS_DELETE,
            {"cal_id": cal_id, "event_id": event_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncSchedulesCalendars(AsyncResource):
    """Operations under `client.schedules.calendars`."""

    @cached_property
    def events(self) -> AsyncSchedulesCalendarsEvents:
        return AsyncSchedulesCalendarsEvents(self._client)

    async def create(
        self,
        *,
        cal_name: str,
        description: str | Omit = OMIT,
        timezone: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        workdays: List[int] | Omit = OMIT,
        extra_cal_ids: List[str] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CalendarCreated:
        """Create a service calendar: the awaitable `SchedulesCalendars.create`, documented there."""
        return await self._client.request(
            _CALENDARS_CREATE,
            {
                "cal_name": cal_name,
                "description": description,
                "timezone": timezone,
                "team_id": team_id,
                "workdays": workdays,
                "extra_cal_ids": extra_cal_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        cal_id: str,
        cal_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        timezone: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        workdays: List[int] | Omit = OMIT,
        extra_cal_ids: List[str] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a service calendar: the awaitable `SchedulesCalendars.update`, documented there."""
        return await self._client.request(
            _CALENDARS_UPDATE,
            {
                "cal_id": cal_id,
                "cal_name": cal_name,
                "description": description,
                "timezone": timezone,
                "team_id": team_id,
                "workdays": workdays,
                "extra_cal_ids": extra_cal_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        cal_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a service calendar: the awaitable `SchedulesCalendars.delete`, documented there."""
        return await self._client.request(
            _CALENDARS_DELETE, {"cal_id": cal_id}, timeout, max_retries, extra_headers
        )

    async def info(
        self,
        *,
        cal_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Calendar:
        """Get one service calendar: the awaitable `SchedulesCalendars.info`, documented there."""
        return await self._client.request(
            _CALENDARS_INFO, {"cal_id": cal_id}, timeout, max_retries, extra_headers
        )

    async def list(
        self,
        *,
        kind: Literal["region.official.holiday", "personal"] | Omit = OMIT,
        no_locale: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> CalendarList:
        """List service calendars: the awaitable `SchedulesCalendars.list`, documented there."""
        return await self._client.request(
            _CALENDARS_LIST,
            {"kind": kind, "no_locale": no_locale},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncSchedulesOncallRoles(AsyncResource):
    """Operations under `client.schedules.oncall_roles`."""

    async def list(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[OncallRole]:
        """List on-call roles: the awaitable `SchedulesOncallRoles.list`, documented there."""
        return await self._client.request(
            _ONCALL_ROLES_LIST, {}, timeout, max_retries, extra_headers
        )


class AsyncSchedules(AsyncResource):
    """Operations under `client.schedules`."""

    @cached_property
    def oncall_roles(self) -> AsyncSchedulesOncallRoles:
        return AsyncSchedulesOncallRoles(self._client)

    @cached_property
    def calendars(self) -> AsyncSchedulesCalendars:
        return AsyncSchedulesCalendars(self._client)

    @cached_property
    def templates(self) -> AsyncSchedulesTemplates:
        return AsyncSchedulesTemplates(self._client)

    @cached_property
    def fields(self) -> AsyncSchedulesFields:
        return AsyncSchedulesFields(self._client)

    async def create(
        self,
        *,
        schedule_name: str,
        layers: List[ScheduleLayer | Dict[str, Any]],
        name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        status: Literal[0, 1] | Omit = OMIT,
        notify: ScheduleNotify | Dict[str, Any] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ScheduleCreated:
        """Create a schedule: the awaitable `Schedules.create`, documented there."""
        return await self._client.request(
            _CREATE,
            {
                "schedule_name": schedule_name,
                "layers": layers,
                "name": name,
                "description": description,
                "team_id": team_id,
                "status": status,
                "notify": notify,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        schedule_id: int,
        schedule_name: str | Omit = OMIT,
        name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        layers: List[ScheduleLayer | Dict[str, Any]] | Omit = OMIT,
        notify: ScheduleNotify | Dict[str, Any] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a schedule: the awaitable `Schedules.update`, documented there."""
        return await self._client.request(
            _UPDATE,
            {
                "schedule_id": schedule_id,
                "schedule_name": schedule_name,
                "name": name,
                "description": description,
                "team_id": team_id,
                "layers": layers,
                "notify": notify,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        schedule_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete schedules: the awaitable `Schedules.delete`, documented there."""
        return await self._client.request(
            _DELETE, {"schedule_ids": schedule_ids}, timeout, max_retries, extra_headers
        )

    async def enable(
        self,
        *,
        schedule_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Enable schedules: the awaitable `Schedules.enable`, documented there."""
        return await self._client.request(
            _ENABLE, {"schedule_ids": schedule_ids}, timeout, max_retries, extra_headers
        )

    async def disable(
        self,
        *,
        schedule_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Disable schedules: the awaitable `Schedules.disable`, documented there."""
        return await self._client.request(
            _DISABLE, {"schedule_ids": schedule_ids}, timeout, max_retries, extra_headers
        )

    async def info(
        self,
        *,
        schedule_id: int,
        start: int,
        end: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Schedule:
        """Get one schedule: the awaitable `Schedules.info`, documented there."""
        return await self._client.request(
            _INFO,
            {"schedule_id": schedule_id, "start": start, "end": end},
            timeout,
            max_retries,
            extra_headers,
        )

    async def infos(
        self,
        *,
        schedule_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ScheduleList:
        """Get several schedules: the awaitable `Schedules.infos`, documented there."""
        return await self._client.request(
            _INFOS, {"schedule_ids": schedule_ids}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        query: str | Omit = OMIT,
        team_ids: List[int] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        is_my_manage: bool | Omit = OMIT,
        start: int | Omit = OMIT,
        end: int | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[Schedule]:
        """List schedules: the awaitable `Schedules.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _LIST,
            {
                "query": query,
                "team_ids": team_ids,
                "is_my_team": is_my_team,
                "is_my_manage": is_my_manage,
                "start": start,
                "end": end,
                "p": p,
                "limit": limit,
            },
            options,
        )

    async def preview(
        self,
        *,
        start: int,
        end: int,
        layers: List[ScheduleLayer | Dict[str, Any]],
        schedule_id: int | Omit = OMIT,
        schedule_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        notify: ScheduleNotify | Dict[str, Any] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Schedule:
        """Preview a schedule: the awaitable `Schedules.preview`, documented there."""
        return await self._client.request(
            _PREVIEW,
            {
                "start": start,
                "end": end,
                "layers": layers,
                "schedule_id": schedule_id,
                "schedule_name": schedule_name,
                "description": description,
                "team_id": team_id,
                "notify": notify,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def self_(
        self,
        *,
        start: int | Omit = OMIT,
        end: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ScheduleList:
        """List my schedules: the awaitable `Schedules.self_`, documented there."""
        return await self._client.request(
            _SELF, {"start": start, "end": end}, timeout, max_retries, extra_headers
        )
