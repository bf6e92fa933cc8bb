"""`client.channels`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .channels_escalate_rules import ChannelsEscalateRules, AsyncChannelsEscalateRules
    from .channels_silence_rules import ChannelsSilenceRules, AsyncChannelsSilenceRules
    from .channels_inhibit_rules import ChannelsInhibitRules, AsyncChannelsInhibitRules
    from .channels_drop_rules import ChannelsDropRules, AsyncChannelsDropRules
    from .channels_notify_rules import ChannelsNotifyRules, AsyncChannelsNotifyRules
    from .channels_subscribe_rules import ChannelsSubscribeRules, AsyncChannelsSubscribeRules
    from .channels_routes import ChannelsRoutes, AsyncChannelsRoutes
    from ..types.defs.alert_grouping import AlertGrouping
    from ..types.defs.channel import Channel
    from ..types.defs.channel_brief_list import ChannelBriefList
    from ..types.defs.channel_created import ChannelCreated
    from ..types.defs.channel_default_escalation import ChannelDefaultEscalation
    from ..types.defs.channel_event_group import ChannelEventGroup
    from ..types.defs.channel_page import ChannelPage
    from ..types.defs.channel_updated import ChannelUpdated
    from ..types.defs.flapping import Flapping

_TYPES = TypeNames(
    __name__,
    {
        "AlertGrouping": "defs.alert_grouping",
        "Channel": "defs.channel",
        "ChannelBriefList": "defs.channel_brief_list",
        "ChannelCreated": "defs.channel_created",
        "ChannelDefaultEscalation": "defs.channel_default_escalation",
        "ChannelEventGroup": "defs.channel_event_group",
        "ChannelPage": "defs.channel_page",
        "ChannelUpdated": "defs.channel_updated",
        "Flapping": "defs.flapping",
    },
)

__all__ = ["Channels", "AsyncChannels"]

_CREATE: Endpoint[ChannelCreated] = Endpoint(
    "POST",
    "/channel/create",
    kind="model",
    data="ChannelCreated",
    types=_TYPES,
    models={
        "event_group": ("ChannelEventGroup", ""),
        "escalate_rule": ("ChannelDefaultEscalation", ""),
        "group": ("AlertGrouping", ""),
        "flapping": ("Flapping", ""),
    },
)
_UPDATE: Endpoint[ChannelUpdated] = Endpoint(
    "POST",
    "/channel/update",
    kind="model",
    data="ChannelUpdated",
    types=_TYPES,
    models={
        "event_group": ("ChannelEventGroup", ""),
        "group": ("AlertGrouping", ""),
        "flapping": ("Flapping", ""),
    },
)
_INFO: Endpoint[Channel] = Endpoint(
    "POST", "/channel/info", kind="model", data="Channel", types=_TYPES, idempotent=True
)
_LIST_BY_IDS: Endpoint[ChannelBriefList] = Endpoint(
    "POST", "/channel/infos", kind="model", data="ChannelBriefList", types=_TYPES, idempotent=True
)
_LIST: Endpoint[ChannelPage] = Endpoint(
    "POST",
    "/channel/list",
    kind="page",
    data="ChannelPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_DELETE: Endpoint[None] = Endpoint("POST", "/channel/delete", kind="none")
_ENABLE: Endpoint[None] = Endpoint("POST", "/channel/enable", kind="none")
_DISABLE: Endpoint[None] = Endpoint("POST", "/channel/disable", kind="none")
_REORDER: Endpoint[None] = Endpoint("POST", "/channel/reorder", kind="none")
_STAR: Endpoint[None] = Endpoint("POST", "/channel/star", kind="none")
_UNSTAR: Endpoint[None] = Endpoint("POST", "/channel/unstar", kind="none")
_LIST_BY_INTEGRATION: Endpoint[ChannelBriefList] = Endpoint(
    "POST",
    "/channel/list-by-integration",
    kind="model",
    data="ChannelBriefList",
    types=_TYPES,
    idempotent=True,
    auth="integration_key",
)


class Channels(SyncResource):
    """Operations under `client.channels`."""

    @cached_property
    def escalate_rules(self) -> ChannelsEscalateRules:
        from .channels_escalate_rules import ChannelsEscalateRules

        return ChannelsEscalateRules(self._client)

    @cached_property
    def silence_rules(self) -> ChannelsSilenceRules:
        from .channels_silence_rules import ChannelsSilenceRules

        return ChannelsSilenceRules(self._client)

    @cached_property
    def inhibit_rules(self) -> ChannelsInhibitRules:
        from .channels_inhibit_rules import ChannelsInhibitRules

        return ChannelsInhibitRules(self._client)

    @cached_property
    def drop_rules(self) -> ChannelsDropRules:
        from .channels_drop_rules import ChannelsDropRules

        return ChannelsDropRules(self._client)

    @cached_property
    def notify_rules(self) -> ChannelsNotifyRules:
        from .channels_notify_rules import ChannelsNotifyRules

        return ChannelsNotifyRules(self._client)

    @cached_property
    def subscribe_rules(self) -> ChannelsSubscribeRules:
        from .channels_subscribe_rules import ChannelsSubscribeRules

        return ChannelsSubscribeRules(self._client)

    @cached_property
    def routes(self) -> ChannelsRoutes:
        from .channels_routes import ChannelsRoutes

        return ChannelsRoutes(self._client)

    def create(
        self,
        *,
        team_id: int,
        channel_name: str,
        event_group: ChannelEventGroup | Mapping[str, Any] | Omit = OMIT,
        managing_team_ids: SequenceNotStr[int] | Omit = OMIT,
        description: str | Omit = OMIT,
        escalate_rule: ChannelDefaultEscalation | Mapping[str, Any] | Omit = OMIT,
        plugin_ids: SequenceNotStr[int] | Omit = OMIT,
        group: AlertGrouping | Mapping[str, Any] | Omit = OMIT,
        flapping: Flapping | Mapping[str, Any] | Omit = OMIT,
        auto_resolve_timeout: int | Omit = OMIT,
        auto_resolve_mode: Literal["trigger", "update"] | EnumValue | Omit = OMIT,
        is_private: bool | Omit = OMIT,
        disable_outlier_detection: bool | Omit = OMIT,
        disable_auto_close: bool | Omit = OMIT,
        is_external_report_enabled: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelCreated:
        """Create a channel.

        Creates a channel owned by a team, optionally with a default escalation rule,
        alert grouping and flapping settings.

        Permission: Channels Manage.
        HTTP: POST /channel/create

        Args:
            team_id: Owning team; its members can read and edit the channel.
            channel_name: Name, 1 to 59 characters.
            event_group: Grouping of alert events inside a channel over a time window.
            managing_team_ids: Up to 3 teams that take over editing from the owning team
                (both keep read access).
            description: Description, up to 500 characters.
            escalate_rule: Escalation rule created together with a new channel - one
                level notifying `target`.
            plugin_ids: Alert integrations (plugins) whose events the channel receives.
            group: How a channel groups incoming alerts into incidents.
            flapping: Flapping detection - mute an incident that keeps reopening.
            auto_resolve_timeout: Close incidents after this many seconds without
                activity; 0 or absent turns it off. At most 30 days.
            auto_resolve_mode: What restarts the auto-resolve timer: `trigger` counts
                from when the incident opened, `update` from its latest alert.
            is_private: Restrict the channel to its creator, owning and managing teams
                and account admins. Public when absent.
            disable_outlier_detection: Turn off rare-incident (outlier) detection, which
                is on by default on the Pro plan.
            disable_auto_close: Turn off automatic closing of incidents.
            is_external_report_enabled: Let people outside the account report incidents
                into the channel; the token comes back in the response.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "team_id": team_id,
            "channel_name": channel_name,
            "event_group": event_group,
            "managing_team_ids": managing_team_ids,
            "description": description,
            "escalate_rule": escalate_rule,
            "plugin_ids": plugin_ids,
            "group": group,
            "flapping": flapping,
            "auto_resolve_timeout": auto_resolve_timeout,
            "auto_resolve_mode": auto_resolve_mode,
            "is_private": is_private,
            "disable_outlier_detection": disable_outlier_detection,
            "disable_auto_close": disable_auto_close,
            "is_external_report_enabled": is_external_report_enabled,
        }
        return self._client.request(_CREATE, args, **options)

    def update(
        self,
        *,
        channel_id: int,
        event_group: ChannelEventGroup | Mapping[str, Any] | Omit = OMIT,
        team_id: int | Omit = OMIT,
        managing_team_ids: SequenceNotStr[int] | Omit = OMIT,
        channel_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        auto_resolve_timeout: int | Omit = OMIT,
        auto_resolve_mode: Literal["trigger", "update"] | EnumValue | Omit = OMIT,
        is_private: bool | Omit = OMIT,
        group: AlertGrouping | Mapping[str, Any] | Omit = OMIT,
        flapping: Flapping | Mapping[str, Any] | Omit = OMIT,
        disable_outlier_detection: bool | Omit = OMIT,
        disable_auto_close: bool | Omit = OMIT,
        is_external_report_enabled: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelUpdated:
        """Update a channel.

        Changes the fields sent and leaves the others as they are. Turning external
        reporting on returns a new reporter token, shown only this once.

        Permission: Channels Manage.
        HTTP: POST /channel/update

        Args:
            channel_id: Channel to change.
            event_group: Grouping of alert events inside a channel over a time window.
            team_id: Owning team; its members can read and edit the channel.
            managing_team_ids: Up to 3 teams that take over editing from the owning team
                (both keep read access).
            channel_name: Name, 1 to 59 characters.
            description: Description, up to 500 characters.
            auto_resolve_timeout: Close incidents after this many seconds without
                activity; 0 or absent turns it off. At most 30 days.
            auto_resolve_mode: What restarts the auto-resolve timer: `trigger` counts
                from when the incident opened, `update` from its latest alert.
            is_private: Restrict the channel to its creator, owning and managing teams
                and account admins. Public when absent.
            group: How a channel groups incoming alerts into incidents.
            flapping: Flapping detection - mute an incident that keeps reopening.
            disable_outlier_detection: Turn off rare-incident (outlier) detection, which
                is on by default on the Pro plan.
            disable_auto_close: Turn off automatic closing of incidents.
            is_external_report_enabled: Let people outside the account report incidents
                into the channel; the token comes back in the response.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "channel_id": channel_id,
            "event_group": event_group,
            "team_id": team_id,
            "managing_team_ids": managing_team_ids,
            "channel_name": channel_name,
            "description": description,
            "auto_resolve_timeout": auto_resolve_timeout,
            "auto_resolve_mode": auto_resolve_mode,
            "is_private": is_private,
            "group": group,
            "flapping": flapping,
            "disable_outlier_detection": disable_outlier_detection,
            "disable_auto_close": disable_auto_close,
            "is_external_report_enabled": is_external_report_enabled,
        }
        return self._client.request(_UPDATE, args, **options)

    def info(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> Channel:
        """Get one channel.

        Returns a channel with its settings and its counts of open incidents.

        HTTP: POST /channel/info

        Args:
            channel_id: Channel ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id}
        return self._client.request(_INFO, args, **options)

    def list_by_ids(
        self, *, channel_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> ChannelBriefList:
        """Get channels by ID.

        Looks up to 1000 channels at once and returns their names and statuses; unknown
        IDs are skipped.

        HTTP: POST /channel/infos

        Args:
            channel_ids: Which channels to fetch; 1000 at most.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_ids": channel_ids}
        return self._client.request(_LIST_BY_IDS, args, **options)

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: (
            Literal["ranking", "created_at", "updated_at", "channel_name", "last_incident_at"]
            | EnumValue
            | Omit
        ) = OMIT,
        asc: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        channel_name: str | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        is_my_starred: bool | Omit = OMIT,
        is_my_managed: bool | Omit = OMIT,
        is_brief: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Channel, ChannelPage]:
        """List channels.

        Lists the channels the caller can see, filtered by team, name, stars or
        management, one page at a time. With `is_brief` only IDs, names, descriptions
        and statuses come back.

        HTTP: POST /channel/list

        Args:
            p: Page number, from 1.
            limit: Page size, at most 100.
            orderby: Sort field.
            asc: Ascending order when true.
            query: Search in channel names and descriptions.
            channel_name: Exact channel name; takes precedence over `query`.
            channel_ids: Only these channels.
            team_ids: Only channels of these teams.
            is_my_team: Only channels of the caller's teams (intersected with
                `team_ids`); not with `is_my_starred`.
            is_my_starred: Only channels the caller starred; not with `is_my_team`.
            is_my_managed: Only channels the caller manages.
            is_brief: Return only ID, name, description and status for each channel,
                which is faster.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
            "query": query,
            "channel_name": channel_name,
            "channel_ids": channel_ids,
            "team_ids": team_ids,
            "is_my_team": is_my_team,
            "is_my_starred": is_my_starred,
            "is_my_managed": is_my_managed,
            "is_brief": is_brief,
        }
        return sync_page(self._client, _LIST, args, options)

    def delete(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete a channel.

        Deletes a disabled channel together with its escalation, silence, inhibit and
        drop rules. Fails with `ReferenceExist` while an integration route still sends
        alerts to it.

        Permission: Channels Manage.
        HTTP: POST /channel/delete

        Args:
            channel_id: Channel to delete; it must be disabled first.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id}
        return self._client.request(_DELETE, args, **options)

    def enable(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> None:
        """Enable a channel.

        Turns a disabled channel back on so it receives alerts again.

        Permission: Channels Manage.
        HTTP: POST /channel/enable

        Args:
            channel_id: Channel to enable.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id}
        return self._client.request(_ENABLE, args, **options)

    def disable(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> None:
        """Disable a channel.

        Turns a channel off without deleting it; while disabled it discards incoming
        alerts.

        Permission: Channels Manage.
        HTTP: POST /channel/disable

        Args:
            channel_id: Channel to disable.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id}
        return self._client.request(_DISABLE, args, **options)

    def reorder(
        self, *, drag_channel_id: int, target_channel_id: int, **options: Unpack[RequestOptions]
    ) -> None:
        """Move a channel in the list.

        Moves one channel to the position of another in the account's custom ordering
        (the `ranking` sort of `channels.list`), as a drag and drop in the console does.

        HTTP: POST /channel/reorder

        Args:
            drag_channel_id: Channel being moved.
            target_channel_id: Channel whose place it takes.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"drag_channel_id": drag_channel_id, "target_channel_id": target_channel_id}
        return self._client.request(_REORDER, args, **options)

    def star(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> None:
        """Star a channel.

        Adds a channel to the caller's favourites (see `is_my_starred` of
        `channels.list`).

        HTTP: POST /channel/star

        Args:
            channel_id: Channel to star.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id}
        return self._client.request(_STAR, args, **options)

    def unstar(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> None:
        """Unstar a channel.

        Removes a channel from the caller's favourites.

        HTTP: POST /channel/unstar

        Args:
            channel_id: Channel to unstar.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id}
        return self._client.request(_UNSTAR, args, **options)

    def list_by_integration(
        self,
        *,
        integration_key: str,
        query: str | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        member_id: int | Omit = OMIT,
        member_name: str | Omit = OMIT,
        email: str | Omit = OMIT,
        phone: str | Omit = OMIT,
        country_code: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelBriefList:
        """List channel names with an integration key.

        For monitoring tools: lists channel IDs and names using the `integration_key` of
        a shared alert integration instead of an app key, so alerts can name their
        target channel without routing rules. Keys of integrations that belong to one
        channel are refused. Private channels are included unless a member is given, in
        which case only the channels that member can see are returned - keep the key
        secret.

        HTTP: POST /channel/list-by-integration

        Args:
            integration_key: Key of one alert or change integration; it authorises
                pushing events to that integration only.
            query: Search in channel names and descriptions.
            channel_ids: Only these channels.
            member_id: Only channels visible to this member.
            member_name: Only channels visible to the member with this name.
            email: Only channels visible to the member with this email.
            phone: Only channels visible to the member with this phone number; give
                `country_code` too.
            country_code: Country calling code of `phone`, e.g. `86`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "integration_key": integration_key,
            "query": query,
            "channel_ids": channel_ids,
            "member_id": member_id,
            "member_name": member_name,
            "email": email,
            "phone": phone,
            "country_code": country_code,
        }
        return self._client.request(_LIST_BY_INTEGRATION, args, **options)


class AsyncChannels(AsyncResource):
    """Operations under `client.channels`."""

    @cached_property
    def escalate_rules(self) -> AsyncChannelsEscalateRules:
        from .channels_escalate_rules import AsyncChannelsEscalateRules

        return AsyncChannelsEscalateRules(self._client)

    @cached_property
    def silence_rules(self) -> AsyncChannelsSilenceRules:
        from .channels_silence_rules import AsyncChannelsSilenceRules

        return AsyncChannelsSilenceRules(self._client)

    @cached_property
    def inhibit_rules(self) -> AsyncChannelsInhibitRules:
        from .channels_inhibit_rules import AsyncChannelsInhibitRules

        return AsyncChannelsInhibitRules(self._client)

    @cached_property
    def drop_rules(self) -> AsyncChannelsDropRules:
        from .channels_drop_rules import AsyncChannelsDropRules

        return AsyncChannelsDropRules(self._client)

    @cached_property
    def notify_rules(self) -> AsyncChannelsNotifyRules:
        from .channels_notify_rules import AsyncChannelsNotifyRules

        return AsyncChannelsNotifyRules(self._client)

    @cached_property
    def subscribe_rules(self) -> AsyncChannelsSubscribeRules:
        from .channels_subscribe_rules import AsyncChannelsSubscribeRules

        return AsyncChannelsSubscribeRules(self._client)

    @cached_property
    def routes(self) -> AsyncChannelsRoutes:
        from .channels_routes import AsyncChannelsRoutes

        return AsyncChannelsRoutes(self._client)

    async def create(
        self,
        *,
        team_id: int,
        channel_name: str,
        event_group: ChannelEventGroup | Mapping[str, Any] | Omit = OMIT,
        managing_team_ids: SequenceNotStr[int] | Omit = OMIT,
        description: str | Omit = OMIT,
        escalate_rule: ChannelDefaultEscalation | Mapping[str, Any] | Omit = OMIT,
        plugin_ids: SequenceNotStr[int] | Omit = OMIT,
        group: AlertGrouping | Mapping[str, Any] | Omit = OMIT,
        flapping: Flapping | Mapping[str, Any] | Omit = OMIT,
        auto_resolve_timeout: int | Omit = OMIT,
        auto_resolve_mode: Literal["trigger", "update"] | EnumValue | Omit = OMIT,
        is_private: bool | Omit = OMIT,
        disable_outlier_detection: bool | Omit = OMIT,
        disable_auto_close: bool | Omit = OMIT,
        is_external_report_enabled: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelCreated:
        """Create a channel: the awaitable `Channels.create`, documented there."""
        args = {
            "team_id": team_id,
            "channel_name": channel_name,
            "event_group": event_group,
            "managing_team_ids": managing_team_ids,
            "description": description,
            "escalate_rule": escalate_rule,
            "plugin_ids": plugin_ids,
            "group": group,
            "flapping": flapping,
            "auto_resolve_timeout": auto_resolve_timeout,
            "auto_resolve_mode": auto_resolve_mode,
            "is_private": is_private,
            "disable_outlier_detection": disable_outlier_detection,
            "disable_auto_close": disable_auto_close,
            "is_external_report_enabled": is_external_report_enabled,
        }
        return await self._client.request(_CREATE, args, **options)

    async def update(
        self,
        *,
        channel_id: int,
        event_group: ChannelEventGroup | Mapping[str, Any] | Omit = OMIT,
        team_id: int | Omit = OMIT,
        managing_team_ids: SequenceNotStr[int] | Omit = OMIT,
        channel_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        auto_resolve_timeout: int | Omit = OMIT,
        auto_resolve_mode: Literal["trigger", "update"] | EnumValue | Omit = OMIT,
        is_private: bool | Omit = OMIT,
        group: AlertGrouping | Mapping[str, Any] | Omit = OMIT,
        flapping: Flapping | Mapping[str, Any] | Omit = OMIT,
        disable_outlier_detection: bool | Omit = OMIT,
        disable_auto_close: bool | Omit = OMIT,
        is_external_report_enabled: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelUpdated:
        """Update a channel: the awaitable `Channels.update`, documented there."""
        args = {
            "channel_id": channel_id,
            "event_group": event_group,
            "team_id": team_id,
            "managing_team_ids": managing_team_ids,
            "channel_name": channel_name,
            "description": description,
            "auto_resolve_timeout": auto_resolve_timeout,
            "auto_resolve_mode": auto_resolve_mode,
            "is_private": is_private,
            "group": group,
            "flapping": flapping,
            "disable_outlier_detection": disable_outlier_detection,
            "disable_auto_close": disable_auto_close,
            "is_external_report_enabled": is_external_report_enabled,
        }
        return await self._client.request(_UPDATE, args, **options)

    async def info(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> Channel:
        """Get one channel: the awaitable `Channels.info`, documented there."""
        args = {"channel_id": channel_id}
        return await self._client.request(_INFO, args, **options)

    async def list_by_ids(
        self, *, channel_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> ChannelBriefList:
        """Get channels by ID: the awaitable `Channels.list_by_ids`, documented there."""
        args = {"channel_ids": channel_ids}
        return await self._client.request(_LIST_BY_IDS, args, **options)

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: (
            Literal["ranking", "created_at", "updated_at", "channel_name", "last_incident_at"]
            | EnumValue
            | Omit
        ) = OMIT,
        asc: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        channel_name: str | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        is_my_starred: bool | Omit = OMIT,
        is_my_managed: bool | Omit = OMIT,
        is_brief: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Channel, ChannelPage]:
        """List channels: the awaitable `Channels.list`, documented there."""
        args = {
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
            "query": query,
            "channel_name": channel_name,
            "channel_ids": channel_ids,
            "team_ids": team_ids,
            "is_my_team": is_my_team,
            "is_my_starred": is_my_starred,
            "is_my_managed": is_my_managed,
            "is_brief": is_brief,
        }
        return AsyncPager(self._client, _LIST, args, options)

    async def delete(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete a channel: the awaitable `Channels.delete`, documented there."""
        args = {"channel_id": channel_id}
        return await self._client.request(_DELETE, args, **options)

    async def enable(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> None:
        """Enable a channel: the awaitable `Channels.enable`, documented there."""
        args = {"channel_id": channel_id}
        return await self._client.request(_ENABLE, args, **options)

    async def disable(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> None:
        """Disable a channel: the awaitable `Channels.disable`, documented there."""
        args = {"channel_id": channel_id}
        return await self._client.request(_DISABLE, args, **options)

    async def reorder(
        self, *, drag_channel_id: int, target_channel_id: int, **options: Unpack[RequestOptions]
    ) -> None:
        """Move a channel in the list: the awaitable `Channels.reorder`, documented there."""
        args = {"drag_channel_id": drag_channel_id, "target_channel_id": target_channel_id}
        return await self._client.request(_REORDER, args, **options)

    async def star(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> None:
        """Star a channel: the awaitable `Channels.star`, documented there."""
        args = {"channel_id": channel_id}
        return await self._client.request(_STAR, args, **options)

    async def unstar(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> None:
        """Unstar a channel: the awaitable `Channels.unstar`, documented there."""
        args = {"channel_id": channel_id}
        return await self._client.request(_UNSTAR, args, **options)

    async def list_by_integration(
        self,
        *,
        integration_key: str,
        query: str | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        member_id: int | Omit = OMIT,
        member_name: str | Omit = OMIT,
        email: str | Omit = OMIT,
        phone: str | Omit = OMIT,
        country_code: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelBriefList:
        """List channel names with an integration key: the awaitable `Channels.list_by_integration`, documented there."""
        args = {
            "integration_key": integration_key,
            "query": query,
            "channel_ids": channel_ids,
            "member_id": member_id,
            "member_name": member_name,
            "email": email,
            "phone": phone,
            "country_code": country_code,
        }
        return await self._client.request(_LIST_BY_INTEGRATION, args, **options)
