"""`client.schedules.templates`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.notification_template import NotificationTemplate
    from ..types.defs.notification_template_created import NotificationTemplateCreated
    from ..types.defs.notification_template_page import NotificationTemplatePage
    from ..types.defs.notification_template_preview import NotificationTemplatePreview

_TYPES = TypeNames(
    __name__,
    {
        "NotificationTemplate": "defs.notification_template",
        "NotificationTemplateCreated": "defs.notification_template_created",
        "NotificationTemplatePage": "defs.notification_template_page",
        "NotificationTemplatePreview": "defs.notification_template_preview",
    },
)

__all__ = ["SchedulesTemplates", "AsyncSchedulesTemplates"]

_TEMPLATES_CREATE: Endpoint[NotificationTemplateCreated] = Endpoint(
    "POST", "/template/create", kind="model", data="NotificationTemplateCreated", types=_TYPES
)
_TEMPLATES_UPDATE: Endpoint[None] = Endpoint("POST", "/template/update", kind="none")
_TEMPLATES_DELETE: Endpoint[None] = Endpoint("POST", "/template/delete", kind="none")
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
    limits=(10, 60),
)


class SchedulesTemplates(SyncResource):
    """Operations under `client.schedules.templates`."""

    def create(
        self,
        *,
        template_name: str,
        wecom_markdown_v2_enabled: bool | Omit = OMIT,
        feishu_app_card_v2_table_enabled: bool | Omit = OMIT,
        feishu_app_card_v2_preserve_blank_lines: bool | Omit = OMIT,
        feishu_app_war_room_enabled: bool | Omit = OMIT,
        incident_card_closed_action_apps: (
            SequenceNotStr[
                Literal["feishu_app", "dingtalk_app", "wecom_app", "slack_app", "teams_app"]
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        incident_card_hidden_fields: (
            Mapping[
                str,
                SequenceNotStr[
                    Literal[
                        "channel",
                        "snoozed_before",
                        "severity",
                        "responders",
                        "aggregate_alert_count",
                        "detail",
                        "ai_analysis",
                    ]
                    | EnumValue
                ],
            ]
            | Omit
        ) = OMIT,
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
        **options: Unpack[RequestOptions],
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
            wecom_markdown_v2_enabled: Send WeCom messages in markdown v2.
            feishu_app_card_v2_table_enabled: Render tables in v2 Feishu app cards.
            feishu_app_card_v2_preserve_blank_lines: Keep blank lines in v2 Feishu app
                cards.
            feishu_app_war_room_enabled: Offer war rooms from Feishu app cards.
            incident_card_closed_action_apps: IM apps whose incident cards keep their
                action buttons once the incident is closed.
            incident_card_hidden_fields: Incident card fields to leave out, per IM app
                (`feishu_app`, `dingtalk_app`, `slack_app`, `teams_app`, `wecom_app`).
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "template_name": template_name,
            "wecom_markdown_v2_enabled": wecom_markdown_v2_enabled,
            "feishu_app_card_v2_table_enabled": feishu_app_card_v2_table_enabled,
            "feishu_app_card_v2_preserve_blank_lines": feishu_app_card_v2_preserve_blank_lines,
            "feishu_app_war_room_enabled": feishu_app_war_room_enabled,
            "incident_card_closed_action_apps": incident_card_closed_action_apps,
            "incident_card_hidden_fields": incident_card_hidden_fields,
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
        }
        return self._client.request(_TEMPLATES_CREATE, args, **options)

    def update(
        self,
        *,
        template_id: str,
        template_name: str,
        wecom_markdown_v2_enabled: bool | Omit = OMIT,
        feishu_app_card_v2_table_enabled: bool | Omit = OMIT,
        feishu_app_card_v2_preserve_blank_lines: bool | Omit = OMIT,
        feishu_app_war_room_enabled: bool | Omit = OMIT,
        incident_card_closed_action_apps: (
            SequenceNotStr[
                Literal["feishu_app", "dingtalk_app", "wecom_app", "slack_app", "teams_app"]
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        incident_card_hidden_fields: (
            Mapping[
                str,
                SequenceNotStr[
                    Literal[
                        "channel",
                        "snoozed_before",
                        "severity",
                        "responders",
                        "aggregate_alert_count",
                        "detail",
                        "ai_analysis",
                    ]
                    | EnumValue
                ],
            ]
            | Omit
        ) = OMIT,
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
        **options: Unpack[RequestOptions],
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
            wecom_markdown_v2_enabled: Send WeCom messages in markdown v2.
            feishu_app_card_v2_table_enabled: Render tables in v2 Feishu app cards.
            feishu_app_card_v2_preserve_blank_lines: Keep blank lines in v2 Feishu app
                cards.
            feishu_app_war_room_enabled: Offer war rooms from Feishu app cards.
            incident_card_closed_action_apps: IM apps whose incident cards keep their
                action buttons once the incident is closed.
            incident_card_hidden_fields: Incident card fields to leave out, per IM app
                (`feishu_app`, `dingtalk_app`, `slack_app`, `teams_app`, `wecom_app`).
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "template_id": template_id,
            "template_name": template_name,
            "wecom_markdown_v2_enabled": wecom_markdown_v2_enabled,
            "feishu_app_card_v2_table_enabled": feishu_app_card_v2_table_enabled,
            "feishu_app_card_v2_preserve_blank_lines": feishu_app_card_v2_preserve_blank_lines,
            "feishu_app_war_room_enabled": feishu_app_war_room_enabled,
            "incident_card_closed_action_apps": incident_card_closed_action_apps,
            "incident_card_hidden_fields": incident_card_hidden_fields,
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
        }
        return self._client.request(_TEMPLATES_UPDATE, args, **options)

    def delete(self, *, template_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a notification template.

        Deletes a template; it disappears from listings but is kept for the audit trail.
        Fails with `ReferenceExist` while a channel, escalation rule or subscription
        still uses it.

        Permission: Templates Manage.
        HTTP: POST /template/delete

        Args:
            template_id: Notification template ID, 24 hexadecimal characters. The
                built-in preset has the fixed ID `000000000000000000000001`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"template_id": template_id}
        return self._client.request(_TEMPLATES_DELETE, args, **options)

    def info(self, *, template_id: str, **options: Unpack[RequestOptions]) -> NotificationTemplate:
        """Get one notification template.

        Returns a template with the message of every channel. Pass
        `000000000000000000000001` to get the built-in preset in the account's language.

        Permission: Templates Read.
        HTTP: POST /template/info

        Args:
            template_id: Notification template ID, 24 hexadecimal characters. The
                built-in preset has the fixed ID `000000000000000000000001`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"template_id": template_id}
        return self._client.request(_TEMPLATES_INFO, args, **options)

    def list(
        self,
        *,
        query: str | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        creator_id: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[NotificationTemplate, NotificationTemplatePage]:
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "query": query,
            "team_ids": team_ids,
            "is_my_team": is_my_team,
            "creator_id": creator_id,
            "orderby": orderby,
            "asc": asc,
            "p": p,
            "limit": limit,
        }
        return sync_page(self._client, _TEMPLATES_LIST, args, options)

    def preview(
        self,
        *,
        content: str,
        type: (
            Literal[
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
            ]
            | EnumValue
        ),
        incident_card_hidden_fields: (
            Mapping[
                str,
                SequenceNotStr[
                    Literal[
                        "channel",
                        "snoozed_before",
                        "severity",
                        "responders",
                        "aggregate_alert_count",
                        "detail",
                        "ai_analysis",
                    ]
                    | EnumValue
                ],
            ]
            | Omit
        ) = OMIT,
        feishu_app_card_v2_enabled: bool | Omit = OMIT,
        feishu_app_card_v2_preserve_blank_lines: bool | Omit = OMIT,
        incident_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplatePreview:
        """Preview a notification template.

        Renders template source for one channel against a real incident, or against
        sample data when `incident_id` is omitted, and reports whether it rendered
        cleanly. Nothing is saved.

        Rate limit: 10 per second, 60 per minute.
        HTTP: POST /template/preview

        Args:
            content: Template source to render.
            type: Channel the source is written for.
            incident_card_hidden_fields: Incident card fields to leave out, per IM app
                (`feishu_app`, `dingtalk_app`, `slack_app`, `teams_app`, `wecom_app`).
            feishu_app_card_v2_enabled: Render a Feishu app card in the v2 card format.
            feishu_app_card_v2_preserve_blank_lines: Keep blank lines in a v2 Feishu app
                card.
            incident_id: Incident ID, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "content": content,
            "type": type,
            "incident_card_hidden_fields": incident_card_hidden_fields,
            "feishu_app_card_v2_enabled": feishu_app_card_v2_enabled,
            "feishu_app_card_v2_preserve_blank_lines": feishu_app_card_v2_preserve_blank_lines,
            "incident_id": incident_id,
        }
        return self._client.request(_TEMPLATES_PREVIEW, args, **options)


class AsyncSchedulesTemplates(AsyncResource):
    """Operations under `client.schedules.templates`."""

    async def create(
        self,
        *,
        template_name: str,
        wecom_markdown_v2_enabled: bool | Omit = OMIT,
        feishu_app_card_v2_table_enabled: bool | Omit = OMIT,
        feishu_app_card_v2_preserve_blank_lines: bool | Omit = OMIT,
        feishu_app_war_room_enabled: bool | Omit = OMIT,
        incident_card_closed_action_apps: (
            SequenceNotStr[
                Literal["feishu_app", "dingtalk_app", "wecom_app", "slack_app", "teams_app"]
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        incident_card_hidden_fields: (
            Mapping[
                str,
                SequenceNotStr[
                    Literal[
                        "channel",
                        "snoozed_before",
                        "severity",
                        "responders",
                        "aggregate_alert_count",
                        "detail",
                        "ai_analysis",
                    ]
                    | EnumValue
                ],
            ]
            | Omit
        ) = OMIT,
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
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateCreated:
        """Create a notification template: the awaitable `SchedulesTemplates.create`, documented there."""
        args = {
            "template_name": template_name,
            "wecom_markdown_v2_enabled": wecom_markdown_v2_enabled,
            "feishu_app_card_v2_table_enabled": feishu_app_card_v2_table_enabled,
            "feishu_app_card_v2_preserve_blank_lines": feishu_app_card_v2_preserve_blank_lines,
            "feishu_app_war_room_enabled": feishu_app_war_room_enabled,
            "incident_card_closed_action_apps": incident_card_closed_action_apps,
            "incident_card_hidden_fields": incident_card_hidden_fields,
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
        }
        return await self._client.request(_TEMPLATES_CREATE, args, **options)

    async def update(
        self,
        *,
        template_id: str,
        template_name: str,
        wecom_markdown_v2_enabled: bool | Omit = OMIT,
        feishu_app_card_v2_table_enabled: bool | Omit = OMIT,
        feishu_app_card_v2_preserve_blank_lines: bool | Omit = OMIT,
        feishu_app_war_room_enabled: bool | Omit = OMIT,
        incident_card_closed_action_apps: (
            SequenceNotStr[
                Literal["feishu_app", "dingtalk_app", "wecom_app", "slack_app", "teams_app"]
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        incident_card_hidden_fields: (
            Mapping[
                str,
                SequenceNotStr[
                    Literal[
                        "channel",
                        "snoozed_before",
                        "severity",
                        "responders",
                        "aggregate_alert_count",
                        "detail",
                        "ai_analysis",
                    ]
                    | EnumValue
                ],
            ]
            | Omit
        ) = OMIT,
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
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a notification template: the awaitable `SchedulesTemplates.update`, documented there."""
        args = {
            "template_id": template_id,
            "template_name": template_name,
            "wecom_markdown_v2_enabled": wecom_markdown_v2_enabled,
            "feishu_app_card_v2_table_enabled": feishu_app_card_v2_table_enabled,
            "feishu_app_card_v2_preserve_blank_lines": feishu_app_card_v2_preserve_blank_lines,
            "feishu_app_war_room_enabled": feishu_app_war_room_enabled,
            "incident_card_closed_action_apps": incident_card_closed_action_apps,
            "incident_card_hidden_fields": incident_card_hidden_fields,
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
        }
        return await self._client.request(_TEMPLATES_UPDATE, args, **options)

    async def delete(self, *, template_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a notification template: the awaitable `SchedulesTemplates.delete`, documented there."""
        args = {"template_id": template_id}
        return await self._client.request(_TEMPLATES_DELETE, args, **options)

    async def info(
        self, *, template_id: str, **options: Unpack[RequestOptions]
    ) -> NotificationTemplate:
        """Get one notification template: the awaitable `SchedulesTemplates.info`, documented there."""
        args = {"template_id": template_id}
        return await self._client.request(_TEMPLATES_INFO, args, **options)

    def list(
        self,
        *,
        query: str | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        creator_id: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[NotificationTemplate, NotificationTemplatePage]:
        """List notification templates: the awaitable `SchedulesTemplates.list`, documented there."""
        args = {
            "query": query,
            "team_ids": team_ids,
            "is_my_team": is_my_team,
            "creator_id": creator_id,
            "orderby": orderby,
            "asc": asc,
            "p": p,
            "limit": limit,
        }
        return AsyncPager(self._client, _TEMPLATES_LIST, args, options)

    async def preview(
        self,
        *,
        content: str,
        type: (
            Literal[
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
            ]
            | EnumValue
        ),
        incident_card_hidden_fields: (
            Mapping[
                str,
                SequenceNotStr[
                    Literal[
                        "channel",
                        "snoozed_before",
                        "severity",
                        "responders",
                        "aggregate_alert_count",
                        "detail",
                        "ai_analysis",
                    ]
                    | EnumValue
                ],
            ]
            | Omit
        ) = OMIT,
        feishu_app_card_v2_enabled: bool | Omit = OMIT,
        feishu_app_card_v2_preserve_blank_lines: bool | Omit = OMIT,
        incident_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplatePreview:
        """Preview a notification template: the awaitable `SchedulesTemplates.preview`, documented there."""
        args = {
            "content": content,
            "type": type,
            "incident_card_hidden_fields": incident_card_hidden_fields,
            "feishu_app_card_v2_enabled": feishu_app_card_v2_enabled,
            "feishu_app_card_v2_preserve_blank_lines": feishu_app_card_v2_preserve_blank_lines,
            "incident_id": incident_id,
        }
        return await self._client.request(_TEMPLATES_PREVIEW, args, **options)
