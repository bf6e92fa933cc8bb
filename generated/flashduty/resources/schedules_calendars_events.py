"""`client.schedules.calendars.events`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.calendar_event_list import CalendarEventList
    from ..types.defs.calendar_event_upserted import CalendarEventUpserted

_TYPES = TypeNames(
    __name__,
    {
        "CalendarEventList": "defs.calendar_event_list",
        "CalendarEventUpserted": "defs.calendar_event_upserted",
    },
)

__all__ = ["SchedulesCalendarsEvents", "AsyncSchedulesCalendarsEvents"]

_CALENDARS_EVENTS_LIST: Endpoint[CalendarEventList] = Endpoint(
    "POST",
    "/calendar/event/list",
    kind="model",
    data="CalendarEventList",
    types=_TYPES,
    idempotent=True,
)
_CALENDARS_EVENTS_UPSERT: Endpoint[CalendarEventUpserted] = Endpoint(
    "POST", "/calendar/event/upsert", kind="model", data="CalendarEventUpserted", types=_TYPES
)
_CALENDARS_EVENTS_DELETE: Endpoint[None] = Endpoint("POST", "/calendar/event/delete", kind="none")


class SchedulesCalendarsEvents(SyncResource):
    """Operations under `client.schedules.calendars.events`."""

    def list(
        self,
        *,
        cal_id: str,
        year: int | Omit = OMIT,
        month: int | Omit = OMIT,
        day: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"cal_id": cal_id, "year": year, "month": month, "day": day}
        return self._client.request(_CALENDARS_EVENTS_LIST, args, **options)

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
        **options: Unpack[RequestOptions],
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "cal_id": cal_id,
            "summary": summary,
            "start_at": start_at,
            "end_at": end_at,
            "is_off": is_off,
            "event_id": event_id,
            "description": description,
        }
        return self._client.request(_CALENDARS_EVENTS_UPSERT, args, **options)

    def delete(self, *, cal_id: str, event_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a calendar event.

        Removes one event from a personal calendar.

        Permission: Calendars Manage.
        HTTP: POST /calendar/event/delete

        Args:
            cal_id: Calendar holding the event.
            event_id: Event to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"cal_id": cal_id, "event_id": event_id}
        return self._client.request(_CALENDARS_EVENTS_DELETE, args, **options)


class AsyncSchedulesCalendarsEvents(AsyncResource):
    """Operations under `client.schedules.calendars.events`."""

    async def list(
        self,
        *,
        cal_id: str,
        year: int | Omit = OMIT,
        month: int | Omit = OMIT,
        day: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> CalendarEventList:
        """List calendar events: the awaitable `SchedulesCalendarsEvents.list`, documented there."""
        args = {"cal_id": cal_id, "year": year, "month": month, "day": day}
        return await self._client.request(_CALENDARS_EVENTS_LIST, args, **options)

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
        **options: Unpack[RequestOptions],
    ) -> CalendarEventUpserted:
        """Add or change a calendar event: the awaitable `SchedulesCalendarsEvents.upsert`, documented there."""
        args = {
            "cal_id": cal_id,
            "summary": summary,
            "start_at": start_at,
            "end_at": end_at,
            "is_off": is_off,
            "event_id": event_id,
            "description": description,
        }
        return await self._client.request(_CALENDARS_EVENTS_UPSERT, args, **options)

    async def delete(
        self, *, cal_id: str, event_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete a calendar event: the awaitable `SchedulesCalendarsEvents.delete`, documented there."""
        args = {"cal_id": cal_id, "event_id": event_id}
        return await self._client.request(_CALENDARS_EVENTS_DELETE, args, **options)
