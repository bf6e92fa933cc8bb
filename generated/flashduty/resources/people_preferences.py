"""`client.people.preferences`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.im_notify_preference import ImNotifyPreference
    from ..types.defs.notification_preference import NotificationPreference
    from ..types.defs.severity_notify_channels import SeverityNotifyChannels
    from ..types.defs.shift_notify_preference import ShiftNotifyPreference

_TYPES = TypeNames(
    __name__,
    {
        "ImNotifyPreference": "defs.im_notify_preference",
        "NotificationPreference": "defs.notification_preference",
        "SeverityNotifyChannels": "defs.severity_notify_channels",
        "ShiftNotifyPreference": "defs.shift_notify_preference",
    },
)

__all__ = ["PeoplePreferences", "AsyncPeoplePreferences"]

_PREFERENCES_INFO: Endpoint[NotificationPreference] = Endpoint(
    "POST",
    "/preference/info",
    kind="model",
    data="NotificationPreference",
    types=_TYPES,
    idempotent=True,
)
_PREFERENCES_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/preference/update",
    kind="none",
    types=_TYPES,
    models={
        "trigger_notify": ("SeverityNotifyChannels", ""),
        "schedule_shift_notify": ("ShiftNotifyPreference", ""),
        "status_change_notify": ("ImNotifyPreference", ""),
    },
)


class PeoplePreferences(SyncResource):
    """Operations under `client.people.preferences`."""

    def info(self, **options: Unpack[RequestOptions]) -> NotificationPreference:
        """Get my notification preferences.

        Returns the calling member's personal notification settings: channels per
        incident severity, for shift reminders and for status page updates. Known only
        from the legacy reference; note the response spells `shedule_shift_notify` as
        that reference does.

        HTTP: POST /preference/info

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_PREFERENCES_INFO, args, **options)

    def update(
        self,
        *,
        trigger_notify: SeverityNotifyChannels | Mapping[str, Any],
        schedule_shift_notify: ShiftNotifyPreference | Mapping[str, Any] | Omit = OMIT,
        status_change_notify: ImNotifyPreference | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Change my notification preferences.

        Replaces the calling member's personal notification settings. Known only from
        the legacy reference, whose field names here (`schedule_shift_notify`,
        `status_change_notify`) differ from those `people.preferences.info` returns.

        HTTP: POST /preference/update

        Args:
            trigger_notify: Channels that notify the member of a new incident, per
                severity.
            schedule_shift_notify: How the member hears about their on-call shifts
                starting.
            status_change_notify: IM app integrations that deliver a kind of
                notification to the member.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "trigger_notify": trigger_notify,
            "schedule_shift_notify": schedule_shift_notify,
            "status_change_notify": status_change_notify,
        }
        return self._client.request(_PREFERENCES_UPDATE, args, **options)


class AsyncPeoplePreferences(AsyncResource):
    """Operations under `client.people.preferences`."""

    async def info(self, **options: Unpack[RequestOptions]) -> NotificationPreference:
        """Get my notification preferences: the awaitable `PeoplePreferences.info`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_PREFERENCES_INFO, args, **options)

    async def update(
        self,
        *,
        trigger_notify: SeverityNotifyChannels | Mapping[str, Any],
        schedule_shift_notify: ShiftNotifyPreference | Mapping[str, Any] | Omit = OMIT,
        status_change_notify: ImNotifyPreference | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Change my notification preferences: the awaitable `PeoplePreferences.update`, documented there."""
        args = {
            "trigger_notify": trigger_notify,
            "schedule_shift_notify": schedule_shift_notify,
            "status_change_notify": status_change_notify,
        }
        return await self._client.request(_PREFERENCES_UPDATE, args, **options)
