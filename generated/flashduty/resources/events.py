"""`client.events`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.alert_event_pushed import AlertEventPushed
    from ..types.defs.image import Image

_TYPES = TypeNames(
    __name__,
    {
        "AlertEventPushed": "defs.alert_event_pushed",
        "Image": "defs.image",
    },
)

__all__ = ["Events", "AsyncEvents"]

_PUSH_ALERT: Endpoint[str | None] = Endpoint(
    "POST",
    "/event/push/alert/standard",
    kind="model",
    data="AlertEventPushed",
    types=_TYPES,
    auth="integration_key",
    models={"images": ("Image", "l")},
    unwrap="alert_key",
)
_PUSH_CHANGE: Endpoint[None] = Endpoint(
    "POST",
    "/event/push/change/standard",
    kind="none",
    auth="integration_key",
    times={"event_time": 1},
)


class Events(SyncResource):
    """Operations under `client.events`."""

    def push_alert(
        self,
        *,
        integration_key: str,
        title_rule: str,
        event_status: Literal["Critical", "Warning", "Info", "Ok"] | EnumValue,
        alert_key: str | Omit = OMIT,
        description: str | Omit = OMIT,
        labels: Mapping[str, str] | Omit = OMIT,
        images: SequenceNotStr[Image | Mapping[str, Any]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> str | None:
        """Push an alert event.

        Sends one alert event to a Standard Alert Event integration, authorised by its
        `integration_key`. Events with the same `alert_key` update one alert; an event
        with status `Ok` recovers it. Identical or muted events are accepted but may
        create nothing. Over-long title, description and label values are cut, not
        refused.

        HTTP: POST /event/push/alert/standard

        Args:
            integration_key: Key of one alert or change integration; it authorises
                pushing events to that integration only.
            title_rule: Alert title, cut at 512 characters; may use `$label`
                placeholders that are filled from the labels.
            event_status: Status or severity of an alert or event; `Ok` means it
                recovered.
            alert_key: Your key for the alert, to update or recover it later; generated
                and returned when left out. Required for an `Ok` event.
            description: Alert description, cut at 2048 characters.
            labels: Up to 50 labels; keys follow Prometheus naming, at most 128
                characters; values are cut at 2048 characters.
            images: Images to show with the alert; `src` is an http(s) URL or an
                uploaded image key, at most 256 characters; `alt` at most 128; `href` at
                most 256. Images with the same `alt` replace each other.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "integration_key": integration_key,
            "title_rule": title_rule,
            "event_status": event_status,
            "alert_key": alert_key,
            "description": description,
            "labels": labels,
            "images": images,
        }
        return self._client.request(_PUSH_ALERT, args, **options)

    def push_change(
        self,
        *,
        integration_key: str,
        change_status: Literal["Planned", "Ready", "Processing", "Canceled", "Done"] | EnumValue,
        change_key: str,
        title: str,
        event_time: int | datetime | Omit = OMIT,
        description: str | Omit = OMIT,
        link: str | Omit = OMIT,
        labels: Mapping[str, str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Push a change event.

        Sends one change event (a deployment, a configuration change…) to a Custom
        Change Event integration, authorised by its `integration_key`. Events with the
        same `change_key` build up one change.

        HTTP: POST /event/push/change/standard

        Args:
            integration_key: Key of one alert or change integration; it authorises
                pushing events to that integration only.
            change_status: Where a change stands.
            change_key: Identifies the change - typically its ticket number.
            title: Change title.
            event_time: Time of the change in Unix seconds, defaulting to the current
                time. A `Ready` change may carry a future time. An aware `datetime` is
                accepted too.
            description: Description, at most 2048 characters.
            link: URL of the change ticket.
            labels: No more than 50 labels, each key no longer than 128 characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "integration_key": integration_key,
            "change_status": change_status,
            "change_key": change_key,
            "title": title,
            "event_time": event_time,
            "description": description,
            "link": link,
            "labels": labels,
        }
        return self._client.request(_PUSH_CHANGE, args, **options)


class AsyncEvents(AsyncResource):
    """Operations under `client.events`."""

    async def push_alert(
        self,
        *,
        integration_key: str,
        title_rule: str,
        event_status: Literal["Critical", "Warning", "Info", "Ok"] | EnumValue,
        alert_key: str | Omit = OMIT,
        description: str | Omit = OMIT,
        labels: Mapping[str, str] | Omit = OMIT,
        images: SequenceNotStr[Image | Mapping[str, Any]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> str | None:
        """Push an alert event: the awaitable `Events.push_alert`, documented there."""
        args = {
            "integration_key": integration_key,
            "title_rule": title_rule,
            "event_status": event_status,
            "alert_key": alert_key,
            "description": description,
            "labels": labels,
            "images": images,
        }
        return await self._client.request(_PUSH_ALERT, args, **options)

    async def push_change(
        self,
        *,
        integration_key: str,
        change_status: Literal["Planned", "Ready", "Processing", "Canceled", "Done"] | EnumValue,
        change_key: str,
        title: str,
        event_time: int | datetime | Omit = OMIT,
        description: str | Omit = OMIT,
        link: str | Omit = OMIT,
        labels: Mapping[str, str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Push a change event: the awaitable `Events.push_change`, documented there."""
        args = {
            "integration_key": integration_key,
            "change_status": change_status,
            "change_key": change_key,
            "title": title,
            "event_time": event_time,
            "description": description,
            "link": link,
            "labels": labels,
        }
        return await self._client.request(_PUSH_CHANGE, args, **options)
