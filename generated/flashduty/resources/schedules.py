"""`client.schedules`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .schedules_oncall_roles import SchedulesOncallRoles, AsyncSchedulesOncallRoles
    from .schedules_calendars import SchedulesCalendars, AsyncSchedulesCalendars
    from .schedules_templates import SchedulesTemplates, AsyncSchedulesTemplates
    from .schedules_fields import SchedulesFields, AsyncSchedulesFields
    from ..types.defs.member_oncall_status import MemberOncallStatus
    from ..types.defs.schedule import Schedule
    from ..types.defs.schedule_created import ScheduleCreated
    from ..types.defs.schedule_layer import ScheduleLayer
    from ..types.defs.schedule_list import ScheduleList
    from ..types.defs.schedule_notify import ScheduleNotify
    from ..types.defs.schedule_page import SchedulePage

_TYPES = TypeNames(
    __name__,
    {
        "MemberOncallStatus": "defs.member_oncall_status",
        "Schedule": "defs.schedule",
        "ScheduleCreated": "defs.schedule_created",
        "ScheduleLayer": "defs.schedule_layer",
        "ScheduleList": "defs.schedule_list",
        "ScheduleNotify": "defs.schedule_notify",
        "SchedulePage": "defs.schedule_page",
    },
)

__all__ = ["Schedules", "AsyncSchedules"]

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
    types=_TYPES,
    models={"layers": ("ScheduleLayer", "l"), "notify": ("ScheduleNotify", "")},
)
_DELETE: Endpoint[None] = Endpoint("POST", "/schedule/delete", kind="none")
_ENABLE: Endpoint[None] = Endpoint("POST", "/schedule/enable", kind="none")
_DISABLE: Endpoint[None] = Endpoint("POST", "/schedule/disable", kind="none")
_INFO: Endpoint[Schedule] = Endpoint(
    "POST",
    "/schedule/info",
    kind="model",
    data="Schedule",
    types=_TYPES,
    idempotent=True,
    times={"start": 1, "end": 1},
)
_INFOS: Endpoint[ScheduleList] = Endpoint(
    "POST", "/schedule/infos", kind="model", data="ScheduleList", types=_TYPES, idempotent=True
)
_LIST: Endpoint[SchedulePage] = Endpoint(
    "POST",
    "/schedule/list",
    kind="page",
    data="SchedulePage",
    types=_TYPES,
    idempotent=True,
    times={"start": 1, "end": 1},
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
    limits=(10, 60),
    times={"start": 1, "end": 1},
)
_LIST_MINE: Endpoint[ScheduleList] = Endpoint(
    "POST",
    "/schedule/self",
    kind="model",
    data="ScheduleList",
    types=_TYPES,
    idempotent=True,
    times={"start": 1, "end": 1},
)
_BY_PERSON: Endpoint[MemberOncallStatus] = Endpoint(
    "POST",
    "/schedule/by-person",
    kind="model",
    data="MemberOncallStatus",
    types=_TYPES,
    idempotent=True,
)


class Schedules(SyncResource):
    """Operations under `client.schedules`."""

    @cached_property
    def oncall_roles(self) -> SchedulesOncallRoles:
        from .schedules_oncall_roles import SchedulesOncallRoles

        return SchedulesOncallRoles(self._client)

    @cached_property
    def calendars(self) -> SchedulesCalendars:
        from .schedules_calendars import SchedulesCalendars

        return SchedulesCalendars(self._client)

    @cached_property
    def templates(self) -> SchedulesTemplates:
        from .schedules_templates import SchedulesTemplates

        return SchedulesTemplates(self._client)

    @cached_property
    def fields(self) -> SchedulesFields:
        from .schedules_fields import SchedulesFields

        return SchedulesFields(self._client)

    def create(
        self,
        *,
        schedule_name: str,
        layers: SequenceNotStr[ScheduleLayer | Mapping[str, Any]],
        disabled: int | None | Omit = OMIT,
        name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        status: Literal[0, 1] | Omit = OMIT,
        notify: ScheduleNotify | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
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
            disabled: 1 to turn the schedule off, 0 to turn it on.
            name: Older name field, read only when `schedule_name` is empty.
            description: Explanatory text of up to 500 characters.
            team_id: Team that owns the schedule.
            status: 0 to create it enabled, 1 disabled.
            notify: Reminders about upcoming shifts.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "schedule_name": schedule_name,
            "layers": layers,
            "disabled": disabled,
            "name": name,
            "description": description,
            "team_id": team_id,
            "status": status,
            "notify": notify,
        }
        return self._client.request(_CREATE, args, **options)

    def update(
        self,
        *,
        schedule_id: int,
        disabled: int | None | Omit = OMIT,
        schedule_name: str | Omit = OMIT,
        name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        layers: SequenceNotStr[ScheduleLayer | Mapping[str, Any]] | Omit = OMIT,
        notify: ScheduleNotify | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a schedule.

        Changes the schedule named by `schedule_id`. Takes the same fields as
        `schedules.create`.

        Permission: Schedules Manage.
        HTTP: POST /schedule/update

        Args:
            schedule_id: Schedule to change.
            disabled: 1 to turn the schedule off, 0 to turn it on.
            schedule_name: New name, at most 40 characters.
            name: Older name field, read only when `schedule_name` is empty.
            description: Replacement explanatory text of up to 500 characters.
            team_id: New owning team.
            layers: The full new set of rotation layers.
            notify: Reminders about upcoming shifts.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "schedule_id": schedule_id,
            "disabled": disabled,
            "schedule_name": schedule_name,
            "name": name,
            "description": description,
            "team_id": team_id,
            "layers": layers,
            "notify": notify,
        }
        return self._client.request(_UPDATE, args, **options)

    def delete(
        self, *, schedule_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> None:
        """Delete schedules.

        Deletes one or more schedules. Fails with `ReferenceExist` while an escalation
        rule still points at one of them.

        Permission: Schedules Manage.
        HTTP: POST /schedule/delete

        Args:
            schedule_ids: Schedules to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"schedule_ids": schedule_ids}
        return self._client.request(_DELETE, args, **options)

    def enable(
        self, *, schedule_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> None:
        """Enable schedules.

        Turns disabled schedules back on. Unverified: this operation is only listed in
        the product catalog, not in the API reference; its body is assumed to match
        `schedules.delete`.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /schedule/enable

        Args:
            schedule_ids: Schedules to enable.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"schedule_ids": schedule_ids}
        return self._client.request(_ENABLE, args, **options)

    def disable(
        self, *, schedule_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> None:
        """Disable schedules.

        Turns schedules off without deleting them. Unverified: this operation is only
        listed in the product catalog, not in the API reference; its body is assumed to
        match `schedules.delete`.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /schedule/disable

        Args:
            schedule_ids: Schedules to disable.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"schedule_ids": schedule_ids}
        return self._client.request(_DISABLE, args, **options)

    def info(
        self,
        *,
        schedule_id: int,
        start: int | datetime,
        end: int | datetime,
        **options: Unpack[RequestOptions],
    ) -> Schedule:
        """Get one schedule.

        Returns a schedule with its layers and reminders, the shifts computed for a
        window of less than 45 days, and who is on call now and next.

        Permission: Schedules Read or Schedules Manage.
        HTTP: POST /schedule/info

        Args:
            schedule_id: Schedule to read.
            start: Start of the window to compute shifts for, Unix seconds. An aware
                `datetime` is accepted too.
            end: End of that span, Unix seconds; less than 45 days past `start`. An
                aware `datetime` is accepted too.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"schedule_id": schedule_id, "start": start, "end": end}
        return self._client.request(_INFO, args, **options)

    def infos(
        self, *, schedule_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> ScheduleList:
        """Get several schedules.

        Returns the schedules with the given IDs, with their definitions and reminders;
        no shifts are computed.

        Permission: Schedules Read or Schedules Manage.
        HTTP: POST /schedule/infos

        Args:
            schedule_ids: Schedules to read.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"schedule_ids": schedule_ids}
        return self._client.request(_INFOS, args, **options)

    def list(
        self,
        *,
        query: str | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        is_my_manage: bool | Omit = OMIT,
        start: int | datetime | Omit = OMIT,
        end: int | datetime | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Schedule, SchedulePage]:
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
            start: Start of the window to compute shifts for, Unix seconds. An aware
                `datetime` is accepted too.
            end: End of that span, Unix seconds; less than 45 days past `start`. An
                aware `datetime` is accepted too.
            p: Page number, from 1.
            limit: Page size, at most 100.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "query": query,
            "team_ids": team_ids,
            "is_my_team": is_my_team,
            "is_my_manage": is_my_manage,
            "start": start,
            "end": end,
            "p": p,
            "limit": limit,
        }
        return sync_page(self._client, _LIST, args, options)

    def preview(
        self,
        *,
        start: int | datetime,
        end: int | datetime,
        layers: SequenceNotStr[ScheduleLayer | Mapping[str, Any]],
        name: str | None | Omit = OMIT,
        disabled: int | None | Omit = OMIT,
        schedule_id: int | Omit = OMIT,
        schedule_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        notify: ScheduleNotify | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
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
            start: Lower bound of the time range, Unix seconds. An aware `datetime` is
                accepted too.
            end: Upper bound of the time range, Unix seconds; no more than 45 days past
                `start`. An aware `datetime` is accepted too.
            layers: Rotation layers to try out.
            name: Name of the schedule being previewed (the current document's name for
                `schedule_name`).
            disabled: 1 to preview the schedule as disabled.
            schedule_id: Schedule the layers are meant for, if any.
            schedule_name: Name of the schedule being drafted.
            description: Description of the schedule being drafted.
            team_id: Team of the schedule being drafted.
            notify: Reminders about upcoming shifts.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "start": start,
            "end": end,
            "layers": layers,
            "name": name,
            "disabled": disabled,
            "schedule_id": schedule_id,
            "schedule_name": schedule_name,
            "description": description,
            "team_id": team_id,
            "notify": notify,
        }
        return self._client.request(_PREVIEW, args, **options)

    def list_mine(
        self,
        *,
        start: int | datetime | Omit = OMIT,
        end: int | datetime | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ScheduleList:
        """List my schedules.

        Returns the schedules in which the caller has shifts within a window of at most
        30 days.

        Permission: Schedules Read or Schedules Manage.
        HTTP: POST /schedule/self

        Args:
            start: Lower bound of the time range, Unix seconds. An aware `datetime` is
                accepted too.
            end: Upper bound of the time range, Unix seconds; no more than 30 days past
                `start`. An aware `datetime` is accepted too.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"start": start, "end": end}
        return self._client.request(_LIST_MINE, args, **options)

    def by_person(self, *, person_id: int, **options: Unpack[RequestOptions]) -> MemberOncallStatus:
        """Get a member's on-call status.

        Tells whether a member is on call now and when their next shift is, and lists
        the enabled schedules they take part in.

        Permission: Schedules Read or Schedules Manage.
        HTTP: POST /schedule/by-person

        Args:
            person_id: Member ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"person_id": person_id}
        return self._client.request(_BY_PERSON, args, **options)


class AsyncSchedules(AsyncResource):
    """Operations under `client.schedules`."""

    @cached_property
    def oncall_roles(self) -> AsyncSchedulesOncallRoles:
        from .schedules_oncall_roles import AsyncSchedulesOncallRoles

        return AsyncSchedulesOncallRoles(self._client)

    @cached_property
    def calendars(self) -> AsyncSchedulesCalendars:
        from .schedules_calendars import AsyncSchedulesCalendars

        return AsyncSchedulesCalendars(self._client)

    @cached_property
    def templates(self) -> AsyncSchedulesTemplates:
        from .schedules_templates import AsyncSchedulesTemplates

        return AsyncSchedulesTemplates(self._client)

    @cached_property
    def fields(self) -> AsyncSchedulesFields:
        from .schedules_fields import AsyncSchedulesFields

        return AsyncSchedulesFields(self._client)

    async def create(
        self,
        *,
        schedule_name: str,
        layers: SequenceNotStr[ScheduleLayer | Mapping[str, Any]],
        disabled: int | None | Omit = OMIT,
        name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        status: Literal[0, 1] | Omit = OMIT,
        notify: ScheduleNotify | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ScheduleCreated:
        """Create a schedule: the awaitable `Schedules.create`, documented there."""
        args = {
            "schedule_name": schedule_name,
            "layers": layers,
            "disabled": disabled,
            "name": name,
            "description": description,
            "team_id": team_id,
            "status": status,
            "notify": notify,
        }
        return await self._client.request(_CREATE, args, **options)

    async def update(
        self,
        *,
        schedule_id: int,
        disabled: int | None | Omit = OMIT,
        schedule_name: str | Omit = OMIT,
        name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        layers: SequenceNotStr[ScheduleLayer | Mapping[str, Any]] | Omit = OMIT,
        notify: ScheduleNotify | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a schedule: the awaitable `Schedules.update`, documented there."""
        args = {
            "schedule_id": schedule_id,
            "disabled": disabled,
            "schedule_name": schedule_name,
            "name": name,
            "description": description,
            "team_id": team_id,
            "layers": layers,
            "notify": notify,
        }
        return await self._client.request(_UPDATE, args, **options)

    async def delete(
        self, *, schedule_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> None:
        """Delete schedules: the awaitable `Schedules.delete`, documented there."""
        args = {"schedule_ids": schedule_ids}
        return await self._client.request(_DELETE, args, **options)

    async def enable(
        self, *, schedule_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> None:
        """Enable schedules: the awaitable `Schedules.enable`, documented there."""
        args = {"schedule_ids": schedule_ids}
        return await self._client.request(_ENABLE, args, **options)

    async def disable(
        self, *, schedule_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> None:
        """Disable schedules: the awaitable `Schedules.disable`, documented there."""
        args = {"schedule_ids": schedule_ids}
        return await self._client.request(_DISABLE, args, **options)

    async def info(
        self,
        *,
        schedule_id: int,
        start: int | datetime,
        end: int | datetime,
        **options: Unpack[RequestOptions],
    ) -> Schedule:
        """Get one schedule: the awaitable `Schedules.info`, documented there."""
        args = {"schedule_id": schedule_id, "start": start, "end": end}
        return await self._client.request(_INFO, args, **options)

    async def infos(
        self, *, schedule_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> ScheduleList:
        """Get several schedules: the awaitable `Schedules.infos`, documented there."""
        args = {"schedule_ids": schedule_ids}
        return await self._client.request(_INFOS, args, **options)

    def list(
        self,
        *,
        query: str | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        is_my_manage: bool | Omit = OMIT,
        start: int | datetime | Omit = OMIT,
        end: int | datetime | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Schedule, SchedulePage]:
        """List schedules: the awaitable `Schedules.list`, documented there."""
        args = {
            "query": query,
            "team_ids": team_ids,
            "is_my_team": is_my_team,
            "is_my_manage": is_my_manage,
            "start": start,
            "end": end,
            "p": p,
            "limit": limit,
        }
        return AsyncPager(self._client, _LIST, args, options)

    async def preview(
        self,
        *,
        start: int | datetime,
        end: int | datetime,
        layers: SequenceNotStr[ScheduleLayer | Mapping[str, Any]],
        name: str | None | Omit = OMIT,
        disabled: int | None | Omit = OMIT,
        schedule_id: int | Omit = OMIT,
        schedule_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        notify: ScheduleNotify | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> Schedule:
        """Preview a schedule: the awaitable `Schedules.preview`, documented there."""
        args = {
            "start": start,
            "end": end,
            "layers": layers,
            "name": name,
            "disabled": disabled,
            "schedule_id": schedule_id,
            "schedule_name": schedule_name,
            "description": description,
            "team_id": team_id,
            "notify": notify,
        }
        return await self._client.request(_PREVIEW, args, **options)

    async def list_mine(
        self,
        *,
        start: int | datetime | Omit = OMIT,
        end: int | datetime | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ScheduleList:
        """List my schedules: the awaitable `Schedules.list_mine`, documented there."""
        args = {"start": start, "end": end}
        return await self._client.request(_LIST_MINE, args, **options)

    async def by_person(
        self, *, person_id: int, **options: Unpack[RequestOptions]
    ) -> MemberOncallStatus:
        """Get a member's on-call status: the awaitable `Schedules.by_person`, documented there."""
        args = {"person_id": person_id}
        return await self._client.request(_BY_PERSON, args, **options)
