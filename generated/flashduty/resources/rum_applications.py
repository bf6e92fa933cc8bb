"""`client.rum.applications`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.rum_application import RumApplication
    from ..types.defs.rum_application_alerting import RumApplicationAlerting
    from ..types.defs.rum_application_created import RumApplicationCreated
    from ..types.defs.rum_application_links import RumApplicationLinks
    from ..types.defs.rum_application_list import RumApplicationList
    from ..types.defs.rum_application_page import RumApplicationPage
    from ..types.defs.rum_application_tracing import RumApplicationTracing
    from ..types.defs.rum_webhook_test_result import RumWebhookTestResult

_TYPES = TypeNames(
    __name__,
    {
        "RumApplication": "defs.rum_application",
        "RumApplicationAlerting": "defs.rum_application_alerting",
        "RumApplicationCreated": "defs.rum_application_created",
        "RumApplicationLinks": "defs.rum_application_links",
        "RumApplicationList": "defs.rum_application_list",
        "RumApplicationPage": "defs.rum_application_page",
        "RumApplicationTracing": "defs.rum_application_tracing",
        "RumWebhookTestResult": "defs.rum_webhook_test_result",
    },
)

__all__ = ["RumApplications", "AsyncRumApplications"]

_APPLICATIONS_TEST_WEBHOOK: Endpoint[RumWebhookTestResult] = Endpoint(
    "POST", "/rum/application/webhook/test", kind="model", data="RumWebhookTestResult", types=_TYPES
)
_APPLICATIONS_CREATE: Endpoint[RumApplicationCreated] = Endpoint(
    "POST",
    "/rum/application/create",
    kind="model",
    data="RumApplicationCreated",
    types=_TYPES,
    models={
        "alerting": ("RumApplicationAlerting", ""),
        "tracing": ("RumApplicationTracing", ""),
        "links": ("RumApplicationLinks", ""),
    },
)
_APPLICATIONS_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/rum/application/update",
    kind="none",
    types=_TYPES,
    models={
        "alerting": ("RumApplicationAlerting", ""),
        "tracing": ("RumApplicationTracing", ""),
        "links": ("RumApplicationLinks", ""),
    },
)
_APPLICATIONS_DELETE: Endpoint[None] = Endpoint("POST", "/rum/application/delete", kind="none")
_APPLICATIONS_INFO: Endpoint[RumApplication] = Endpoint(
    "POST",
    "/rum/application/info",
    kind="model",
    data="RumApplication",
    types=_TYPES,
    idempotent=True,
)
_APPLICATIONS_INFOS: Endpoint[RumApplicationList] = Endpoint(
    "POST",
    "/rum/application/infos",
    kind="model",
    data="RumApplicationList",
    types=_TYPES,
    idempotent=True,
)
_APPLICATIONS_LIST: Endpoint[RumApplicationPage] = Endpoint(
    "POST",
    "/rum/application/list",
    kind="page",
    data="RumApplicationPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)


class RumApplications(SyncResource):
    """Operations under `client.rum.applications`."""

    def test_webhook(
        self, *, application_id: str, webhook_url: str, **options: Unpack[RequestOptions]
    ) -> RumWebhookTestResult:
        """Send a test event to a webhook.

        Posts a sample RUM alert to the given webhook URL so you can check that it
        arrives. A delivery that fails is not an error of the call: the answer has `ok`
        false and the reason in `message`.

        Permission: Applications Manage.
        HTTP: POST /rum/application/webhook/test

        Args:
            application_id: See the API reference.
            webhook_url: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id, "webhook_url": webhook_url}
        return self._client.request(_APPLICATIONS_TEST_WEBHOOK, args, **options)

    def create(
        self,
        *,
        application_name: str,
        type: (
            Literal[
                "browser",
                "ios",
                "android",
                "react-native",
                "flutter",
                "kotlin-multiplatform",
                "roku",
                "unity",
                "miniprogram",
                "harmony",
                "electron",
            ]
            | EnumValue
        ),
        team_id: int,
        is_private: bool | Omit = OMIT,
        no_ip: bool | Omit = OMIT,
        no_geo: bool | Omit = OMIT,
        alerting: RumApplicationAlerting | Mapping[str, Any] | Omit = OMIT,
        tracing: RumApplicationTracing | Mapping[str, Any] | Omit = OMIT,
        links: RumApplicationLinks | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumApplicationCreated:
        """Create an application.

        Creates a RUM application and returns its ID and the client token to initialise
        the RUM SDK with.

        Permission: Applications Manage.
        HTTP: POST /rum/application/create

        Args:
            application_name: Name shown for the application (1-40 characters).
            type: Platform the application runs on.
            team_id: Owning team.
            is_private: Restrict access to the team (and account admins); public when
                omitted.
            no_ip: If true, client IPs are not recorded.
            no_geo: Do not derive locations from IP addresses.
            alerting: Whether and where an application's error alerts are delivered.
            tracing: Link from RUM events to an APM tracing system.
            links: Links from RUM event pages to outside systems (log stores, ticketing,
                ...).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "application_name": application_name,
            "type": type,
            "team_id": team_id,
            "is_private": is_private,
            "no_ip": no_ip,
            "no_geo": no_geo,
            "alerting": alerting,
            "tracing": tracing,
            "links": links,
        }
        return self._client.request(_APPLICATIONS_CREATE, args, **options)

    def update(
        self,
        *,
        application_id: str,
        application_name: str | Omit = OMIT,
        type: (
            Literal[
                "browser",
                "ios",
                "android",
                "react-native",
                "flutter",
                "kotlin-multiplatform",
                "roku",
                "unity",
                "miniprogram",
                "harmony",
                "electron",
            ]
            | EnumValue
            | Omit
        ) = OMIT,
        team_id: int | Omit = OMIT,
        is_private: bool | Omit = OMIT,
        no_ip: bool | Omit = OMIT,
        no_geo: bool | Omit = OMIT,
        alerting: RumApplicationAlerting | Mapping[str, Any] | Omit = OMIT,
        tracing: RumApplicationTracing | Mapping[str, Any] | Omit = OMIT,
        links: RumApplicationLinks | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update an application.

        Changes the fields you send and leaves the others as they are.

        Permission: Applications Manage.
        HTTP: POST /rum/application/update

        Args:
            application_id: Application to change.
            application_name: Name to show for the application from now on (1-40
                characters).
            type: New platform.
            team_id: New owning team.
            is_private: Restrict access to the team (and account admins).
            no_ip: If true, client IPs are not recorded.
            no_geo: Do not derive locations from IP addresses.
            alerting: Whether and where an application's error alerts are delivered.
            tracing: Link from RUM events to an APM tracing system.
            links: Links from RUM event pages to outside systems (log stores, ticketing,
                ...).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "application_id": application_id,
            "application_name": application_name,
            "type": type,
            "team_id": team_id,
            "is_private": is_private,
            "no_ip": no_ip,
            "no_geo": no_geo,
            "alerting": alerting,
            "tracing": tracing,
            "links": links,
        }
        return self._client.request(_APPLICATIONS_UPDATE, args, **options)

    def delete(self, *, application_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an application.

        Deletes a RUM application. While other objects still refer to it the call fails
        with `ReferenceExist`.

        Permission: Applications Manage.
        HTTP: POST /rum/application/delete

        Args:
            application_id: Application to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id}
        return self._client.request(_APPLICATIONS_DELETE, args, **options)

    def info(self, *, application_id: str, **options: Unpack[RequestOptions]) -> RumApplication:
        """Get one application.

        Returns a RUM application with its client token and alerting and tracing
        settings.

        HTTP: POST /rum/application/info

        Args:
            application_id: Application ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id}
        return self._client.request(_APPLICATIONS_INFO, args, **options)

    def infos(
        self, *, application_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> RumApplicationList:
        """Get several applications.

        Returns the RUM applications with the given IDs, up to 200 per call.

        HTTP: POST /rum/application/infos

        Args:
            application_ids: Application IDs, at most 200.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_ids": application_ids}
        return self._client.request(_APPLICATIONS_INFOS, args, **options)

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[RumApplication, RumApplicationPage]:
        """List applications.

        Lists the RUM applications you can see a page at a time, optionally filtered by
        name, team, or your own teams.

        HTTP: POST /rum/application/list

        Args:
            p: Page number, from 1.
            limit: Page size, at most 100.
            orderby: Field to sort on.
            asc: Ascending order when true.
            query: Text to look for in application names.
            team_id: Only applications owned by this team.
            is_my_team: Only applications owned by your teams when true.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
            "query": query,
            "team_id": team_id,
            "is_my_team": is_my_team,
        }
        return sync_page(self._client, _APPLICATIONS_LIST, args, options)


class AsyncRumApplications(AsyncResource):
    """Operations under `client.rum.applications`."""

    async def test_webhook(
        self, *, application_id: str, webhook_url: str, **options: Unpack[RequestOptions]
    ) -> RumWebhookTestResult:
        """Send a test event to a webhook: the awaitable `RumApplications.test_webhook`, documented there."""
        args = {"application_id": application_id, "webhook_url": webhook_url}
        return await self._client.request(_APPLICATIONS_TEST_WEBHOOK, args, **options)

    async def create(
        self,
        *,
        application_name: str,
        type: (
            Literal[
                "browser",
                "ios",
                "android",
                "react-native",
                "flutter",
                "kotlin-multiplatform",
                "roku",
                "unity",
                "miniprogram",
                "harmony",
                "electron",
            ]
            | EnumValue
        ),
        team_id: int,
        is_private: bool | Omit = OMIT,
        no_ip: bool | Omit = OMIT,
        no_geo: bool | Omit = OMIT,
        alerting: RumApplicationAlerting | Mapping[str, Any] | Omit = OMIT,
        tracing: RumApplicationTracing | Mapping[str, Any] | Omit = OMIT,
        links: RumApplicationLinks | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumApplicationCreated:
        """Create an application: the awaitable `RumApplications.create`, documented there."""
        args = {
            "application_name": application_name,
            "type": type,
            "team_id": team_id,
            "is_private": is_private,
            "no_ip": no_ip,
            "no_geo": no_geo,
            "alerting": alerting,
            "tracing": tracing,
            "links": links,
        }
        return await self._client.request(_APPLICATIONS_CREATE, args, **options)

    async def update(
        self,
        *,
        application_id: str,
        application_name: str | Omit = OMIT,
        type: (
            Literal[
                "browser",
                "ios",
                "android",
                "react-native",
                "flutter",
                "kotlin-multiplatform",
                "roku",
                "unity",
                "miniprogram",
                "harmony",
                "electron",
            ]
            | EnumValue
            | Omit
        ) = OMIT,
        team_id: int | Omit = OMIT,
        is_private: bool | Omit = OMIT,
        no_ip: bool | Omit = OMIT,
        no_geo: bool | Omit = OMIT,
        alerting: RumApplicationAlerting | Mapping[str, Any] | Omit = OMIT,
        tracing: RumApplicationTracing | Mapping[str, Any] | Omit = OMIT,
        links: RumApplicationLinks | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update an application: the awaitable `RumApplications.update`, documented there."""
        args = {
            "application_id": application_id,
            "application_name": application_name,
            "type": type,
            "team_id": team_id,
            "is_private": is_private,
            "no_ip": no_ip,
            "no_geo": no_geo,
            "alerting": alerting,
            "tracing": tracing,
            "links": links,
        }
        return await self._client.request(_APPLICATIONS_UPDATE, args, **options)

    async def delete(self, *, application_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an application: the awaitable `RumApplications.delete`, documented there."""
        args = {"application_id": application_id}
        return await self._client.request(_APPLICATIONS_DELETE, args, **options)

    async def info(
        self, *, application_id: str, **options: Unpack[RequestOptions]
    ) -> RumApplication:
        """Get one application: the awaitable `RumApplications.info`, documented there."""
        args = {"application_id": application_id}
        return await self._client.request(_APPLICATIONS_INFO, args, **options)

    async def infos(
        self, *, application_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> RumApplicationList:
        """Get several applications: the awaitable `RumApplications.infos`, documented there."""
        args = {"application_ids": application_ids}
        return await self._client.request(_APPLICATIONS_INFOS, args, **options)

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[RumApplication, RumApplicationPage]:
        """List applications: the awaitable `RumApplications.list`, documented there."""
        args = {
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
            "query": query,
            "team_id": team_id,
            "is_my_team": is_my_team,
        }
        return AsyncPager(self._client, _APPLICATIONS_LIST, args, options)
