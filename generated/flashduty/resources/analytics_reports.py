"""`client.analytics.reports`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.oncall_change_count_list import OncallChangeCountList
    from ..types.defs.oncall_notification_count_list import OncallNotificationCountList

_TYPES = TypeNames(
    __name__,
    {
        "OncallChangeCountList": "defs.oncall_change_count_list",
        "OncallNotificationCountList": "defs.oncall_notification_count_list",
    },
)

__all__ = ["AnalyticsReports", "AsyncAnalyticsReports"]

_REPORTS_NOTIFICATIONS: Endpoint[OncallNotificationCountList] = Endpoint(
    "POST",
    "/report/oncall/notifications",
    kind="model",
    data="OncallNotificationCountList",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
)
_REPORTS_CHANGES: Endpoint[OncallChangeCountList] = Endpoint(
    "POST",
    "/report/oncall/changes",
    kind="model",
    data="OncallChangeCountList",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
)


class AnalyticsReports(SyncResource):
    """Operations under `client.analytics.reports`."""

    def notifications(
        self,
        *,
        step: Literal["day", "week", "month"] | EnumValue,
        start_time: int | datetime,
        end_time: int | datetime,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> OncallNotificationCountList:
        """Count notifications per period.

        Counts the SMS messages, voice calls and emails Flashduty sent, per day, week or
        month of a time window, optionally for some channels only. Documented only in
        the older API reference.

        HTTP: POST /report/oncall/notifications

        Args:
            step: Length of each counting period.
            start_time: Lower bound of the time range, Unix seconds. An aware `datetime`
                is accepted too.
            end_time: Upper bound of the time range, Unix seconds. An aware `datetime`
                is accepted too.
            channel_ids: Channels to count; every channel when empty.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "step": step,
            "start_time": start_time,
            "end_time": end_time,
            "channel_ids": channel_ids,
        }
        return self._client.request(_REPORTS_NOTIFICATIONS, args, **options)

    def changes(
        self,
        *,
        step: Literal["day", "week", "month"] | EnumValue,
        start_time: int | datetime,
        end_time: int | datetime,
        **options: Unpack[RequestOptions],
    ) -> OncallChangeCountList:
        """Count changes per period.

        Counts the changes and raw change events recorded per day, week or month of a
        time window of at most six months. Documented only in the older API reference.

        HTTP: POST /report/oncall/changes

        Args:
            step: Length of each counting period.
            start_time: Lower bound of the time range, Unix seconds. An aware `datetime`
                is accepted too.
            end_time: Upper bound of the time range, Unix seconds. An aware `datetime`
                is accepted too.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"step": step, "start_time": start_time, "end_time": end_time}
        return self._client.request(_REPORTS_CHANGES, args, **options)


class AsyncAnalyticsReports(AsyncResource):
    """Operations under `client.analytics.reports`."""

    async def notifications(
        self,
        *,
        step: Literal["day", "week", "month"] | EnumValue,
        start_time: int | datetime,
        end_time: int | datetime,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> OncallNotificationCountList:
        """Count notifications per period: the awaitable `AnalyticsReports.notifications`, documented there."""
        args = {
            "step": step,
            "start_time": start_time,
            "end_time": end_time,
            "channel_ids": channel_ids,
        }
        return await self._client.request(_REPORTS_NOTIFICATIONS, args, **options)

    async def changes(
        self,
        *,
        step: Literal["day", "week", "month"] | EnumValue,
        start_time: int | datetime,
        end_time: int | datetime,
        **options: Unpack[RequestOptions],
    ) -> OncallChangeCountList:
        """Count changes per period: the awaitable `AnalyticsReports.changes`, documented there."""
        args = {"step": step, "start_time": start_time, "end_time": end_time}
        return await self._client.request(_REPORTS_CHANGES, args, **options)
