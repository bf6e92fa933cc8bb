"""`client.schedules.calendars`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .schedules_calendars_events import SchedulesCalendarsEvents, AsyncSchedulesCalendarsEvents
    from ..types.defs.calendar import Calendar
    from ..types.defs.calendar_created import CalendarCreated
    from ..types.defs.calendar_list import CalendarList

_TYPES = TypeNames(
    __name__,
    {
        "Calendar": "defs.calendar",
        "CalendarCreated": "defs.calendar_created",
        "CalendarList": "defs.calendar_list",
    },
)

__all__ = ["SchedulesCalendars", "AsyncSchedulesCalendars"]

_CALENDARS_CREATE: Endpoint[CalendarCreated] = Endpoint(
    "POST", "/calendar/create", kind="model", data="CalendarCreated", types=_TYPES
)
_CALENDARS_UPDATE: Endpoint[None] = Endpoint("POST", "/calendar/update", kind="none")
_CALENDARS_DELETE: Endpoint[None] = Endpoint("POST", "/calendar/delete", kind="none")
_CALENDARS_INFO: Endpoint[Calendar] = Endpoint(
    "POST", "/calendar/info", kind="model", data="Calendar", types=_TYPES, idempotent=True
)
_CALENDARS_LIST: Endpoint[CalendarList] = Endpoint(
    "POST", "/calendar/list", kind="model", data="CalendarList", types=_TYPES, idempotent=True
)


class SchedulesCalendars(SyncResource):
    """Operations under `client.schedules.calendars`."""

    @cached_property
    def events(self) -> SchedulesCalendarsEvents:
        from .schedules_calendars_events import SchedulesCalendarsEvents

        return SchedulesCalendarsEvents(self._client)

    def create(
        self,
        *,
        cal_name: str,
        description: str | Omit = OMIT,
        timezone: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        workdays: SequenceNotStr[int] | Omit = OMIT,
        extra_cal_ids: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "cal_name": cal_name,
            "description": description,
            "timezone": timezone,
            "team_id": team_id,
            "workdays": workdays,
            "extra_cal_ids": extra_cal_ids,
        }
        return self._client.request(_CALENDARS_CREATE, args, **options)

    def update(
        self,
        *,
        cal_id: str,
        cal_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        timezone: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        workdays: SequenceNotStr[int] | Omit = OMIT,
        extra_cal_ids: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "cal_id": cal_id,
            "cal_name": cal_name,
            "description": description,
            "timezone": timezone,
            "team_id": team_id,
            "workdays": workdays,
            "extra_cal_ids": extra_cal_ids,
        }
        return self._client.request(_CALENDARS_UPDATE, args, **options)

    def delete(self, *, cal_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a service calendar.

        Deletes a personal calendar. Fails with `ReferenceExist` while an escalation or
        silence rule still uses it.

        Permission: Calendars Manage.
        HTTP: POST /calendar/delete

        Args:
            cal_id: Calendar to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"cal_id": cal_id}
        return self._client.request(_CALENDARS_DELETE, args, **options)

    def info(self, *, cal_id: str, **options: Unpack[RequestOptions]) -> Calendar:
        """Get one service calendar.

        Returns a personal calendar's settings. Public holiday calendars cannot be read
        this way.

        HTTP: POST /calendar/info

        Args:
            cal_id: Calendar to read.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"cal_id": cal_id}
        return self._client.request(_CALENDARS_INFO, args, **options)

    def list(
        self,
        *,
        kind: Literal["region.official.holiday", "personal"] | EnumValue | Omit = OMIT,
        no_locale: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> CalendarList:
        """List service calendars.

        Lists the account's personal calendars, or the public holiday calendars when
        `kind` is `region.official.holiday`. Not paginated.

        HTTP: POST /calendar/list

        Args:
            kind: Which calendars to list.
            no_locale: List public holiday calendars of every locale, not just the
                account's.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"kind": kind, "no_locale": no_locale}
        return self._client.request(_CALENDARS_LIST, args, **options)


class AsyncSchedulesCalendars(AsyncResource):
    """Operations under `client.schedules.calendars`."""

    @cached_property
    def events(self) -> AsyncSchedulesCalendarsEvents:
        from .schedules_calendars_events import AsyncSchedulesCalendarsEvents

        return AsyncSchedulesCalendarsEvents(self._client)

    async def create(
        self,
        *,
        cal_name: str,
        description: str | Omit = OMIT,
        timezone: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        workdays: SequenceNotStr[int] | Omit = OMIT,
        extra_cal_ids: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> CalendarCreated:
        """Create a service calendar: the awaitable `SchedulesCalendars.create`, documented there."""
        args = {
            "cal_name": cal_name,
            "description": description,
            "timezone": timezone,
            "team_id": team_id,
            "workdays": workdays,
            "extra_cal_ids": extra_cal_ids,
        }
        return await self._client.request(_CALENDARS_CREATE, args, **options)

    async def update(
        self,
        *,
        cal_id: str,
        cal_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        timezone: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        workdays: SequenceNotStr[int] | Omit = OMIT,
        extra_cal_ids: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a service calendar: the awaitable `SchedulesCalendars.update`, documented there."""
        args = {
            "cal_id": cal_id,
            "cal_name": cal_name,
            "description": description,
            "timezone": timezone,
            "team_id": team_id,
            "workdays": workdays,
            "extra_cal_ids": extra_cal_ids,
        }
        return await self._client.request(_CALENDARS_UPDATE, args, **options)

    async def delete(self, *, cal_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a service calendar: the awaitable `SchedulesCalendars.delete`, documented there."""
        args = {"cal_id": cal_id}
        return await self._client.request(_CALENDARS_DELETE, args, **options)

    async def info(self, *, cal_id: str, **options: Unpack[RequestOptions]) -> Calendar:
        """Get one service calendar: the awaitable `SchedulesCalendars.info`, documented there."""
        args = {"cal_id": cal_id}
        return await self._client.request(_CALENDARS_INFO, args, **options)

    async def list(
        self,
        *,
        kind: Literal["region.official.holiday", "personal"] | EnumValue | Omit = OMIT,
        no_locale: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> CalendarList:
        """List service calendars: the awaitable `SchedulesCalendars.list`, documented there."""
        args = {"kind": kind, "no_locale": no_locale}
        return await self._client.request(_CALENDARS_LIST, args, **options)
