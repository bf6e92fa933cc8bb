"""`client.status_pages`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .status_pages_components import StatusPagesComponents, AsyncStatusPagesComponents
    from .status_pages_sections import StatusPagesSections, AsyncStatusPagesSections
    from .status_pages_templates import StatusPagesTemplates, AsyncStatusPagesTemplates
    from .status_pages_drafts import StatusPagesDrafts, AsyncStatusPagesDrafts
    from .status_pages_events import StatusPagesEvents, AsyncStatusPagesEvents
    from .status_pages_subscribers import StatusPagesSubscribers, AsyncStatusPagesSubscribers
    from .status_pages_migrations import StatusPagesMigrations, AsyncStatusPagesMigrations
    from ..types.defs.status_page import StatusPage
    from ..types.defs.status_page_created import StatusPageCreated
    from ..types.defs.status_page_list import StatusPageList
    from ..types.defs.status_page_subscription import StatusPageSubscription

_TYPES = TypeNames(
    __name__,
    {
        "StatusPage": "defs.status_page",
        "StatusPageCreated": "defs.status_page_created",
        "StatusPageList": "defs.status_page_list",
        "StatusPageSubscription": "defs.status_page_subscription",
    },
)

__all__ = ["StatusPages", "AsyncStatusPages"]

_LIST: Endpoint[StatusPageList] = Endpoint(
    "GET", "/status-page/list", kind="model", data="StatusPageList", types=_TYPES, idempotent=True
)
_INFO: Endpoint[StatusPage] = Endpoint(
    "GET",
    "/status-page/info",
    kind="model",
    data="StatusPage",
    types=_TYPES,
    idempotent=True,
    query=("page_id",),
)
_CREATE: Endpoint[StatusPageCreated] = Endpoint(
    "POST",
    "/status-page/create",
    kind="model",
    data="StatusPageCreated",
    types=_TYPES,
    models={"subscription": ("StatusPageSubscription", "")},
)
_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/status-page/update",
    kind="none",
    types=_TYPES,
    models={"subscription": ("StatusPageSubscription", "")},
)
_DELETE: Endpoint[None] = Endpoint("POST", "/status-page/delete", kind="none")


class StatusPages(SyncResource):
    """Operations under `client.status_pages`."""

    @cached_property
    def components(self) -> StatusPagesComponents:
        from .status_pages_components import StatusPagesComponents

        return StatusPagesComponents(self._client)

    @cached_property
    def sections(self) -> StatusPagesSections:
        from .status_pages_sections import StatusPagesSections

        return StatusPagesSections(self._client)

    @cached_property
    def templates(self) -> StatusPagesTemplates:
        from .status_pages_templates import StatusPagesTemplates

        return StatusPagesTemplates(self._client)

    @cached_property
    def drafts(self) -> StatusPagesDrafts:
        from .status_pages_drafts import StatusPagesDrafts

        return StatusPagesDrafts(self._client)

    @cached_property
    def events(self) -> StatusPagesEvents:
        from .status_pages_events import StatusPagesEvents

        return StatusPagesEvents(self._client)

    @cached_property
    def subscribers(self) -> StatusPagesSubscribers:
        from .status_pages_subscribers import StatusPagesSubscribers

        return StatusPagesSubscribers(self._client)

    @cached_property
    def migrations(self) -> StatusPagesMigrations:
        from .status_pages_migrations import StatusPagesMigrations

        return StatusPagesMigrations(self._client)

    def list(self, **options: Unpack[RequestOptions]) -> StatusPageList:
        """List status pages.

        Lists every status page of the account with its layout: components, sections,
        subscription options and branding. Any valid key may call it; answers all pages
        at once.

        HTTP: GET /status-page/list

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_LIST, args, **options)

    def info(self, *, page_id: int, **options: Unpack[RequestOptions]) -> StatusPage:
        """Get one status page.

        Reads one status page with its components, sections, subscription options and
        branding.

        HTTP: GET /status-page/info

        Args:
            page_id: Status page to read.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id}
        return self._client.request(_INFO, args, **options)

    def create(
        self,
        *,
        name: str,
        url_name: str,
        type: Literal["public", "internal"] | EnumValue,
        custom_domain: str | Omit = OMIT,
        page_title: str | Omit = OMIT,
        page_header: str | Omit = OMIT,
        page_footer: str | Omit = OMIT,
        date_view: Literal["calendar", "list"] | EnumValue | Omit = OMIT,
        display_uptime_mode: (
            Literal["chart_and_percentage", "chart", "none"] | EnumValue | Omit
        ) = OMIT,
        custom_links: SequenceNotStr[Mapping[str, str]] | Omit = OMIT,
        contact_info: str | Omit = OMIT,
        subscription: StatusPageSubscription | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> StatusPageCreated:
        """Create a status page.

        Creates a public or internal status page under a unique URL name and answers its
        ID. Components and sections are added afterwards with
        `status_pages.components.upsert` and `status_pages.sections.upsert`.

        Permission: Status Pages Manage.
        HTTP: POST /status-page/create

        Args:
            name: Name.
            url_name: Unique name in the page URL.
            type: Kind.
            custom_domain: Own domain serving the page.
            page_title: Title of the page in the browser.
            page_header: Header text.
            page_footer: Footer text.
            date_view: How the history is shown.
            display_uptime_mode: How uptime is shown.
            custom_links: Extra links shown in the page header.
            contact_info: Contact link shown to visitors, e.g. `mailto:...`.
            subscription: Which ways visitors may subscribe.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "name": name,
            "url_name": url_name,
            "type": type,
            "custom_domain": custom_domain,
            "page_title": page_title,
            "page_header": page_header,
            "page_footer": page_footer,
            "date_view": date_view,
            "display_uptime_mode": display_uptime_mode,
            "custom_links": custom_links,
            "contact_info": contact_info,
            "subscription": subscription,
        }
        return self._client.request(_CREATE, args, **options)

    def update(
        self,
        *,
        page_id: int,
        name: str | None | Omit = OMIT,
        url_name: str | None | Omit = OMIT,
        custom_domain: str | None | Omit = OMIT,
        page_title: str | None | Omit = OMIT,
        logo: str | None | Omit = OMIT,
        dark_logo: str | None | Omit = OMIT,
        logo_url: str | None | Omit = OMIT,
        favicon: str | None | Omit = OMIT,
        page_header: str | None | Omit = OMIT,
        page_footer: str | None | Omit = OMIT,
        date_view: Literal["calendar", "list"] | EnumValue | None | Omit = OMIT,
        display_uptime_mode: (
            Literal["chart_and_percentage", "chart", "none"] | EnumValue | None | Omit
        ) = OMIT,
        custom_links: SequenceNotStr[Mapping[str, str]] | Omit = OMIT,
        contact_info: str | None | Omit = OMIT,
        subscription: StatusPageSubscription | Mapping[str, Any] | Omit = OMIT,
        template_preference: str | None | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a status page.

        Changes the settings and branding of a status page; fields left out keep their
        value.

        Permission: Status Pages Manage.
        HTTP: POST /status-page/update

        Args:
            page_id: Status page ID.
            name: Name.
            url_name: Unique name in the page URL.
            custom_domain: Own domain serving the page.
            page_title: Title of the page in the browser.
            logo: Logo URL.
            dark_logo: Logo URL for the dark theme.
            logo_url: Link the logo opens.
            favicon: Favicon URL.
            page_header: Header text.
            page_footer: Footer text.
            date_view: How the history is shown.
            display_uptime_mode: How uptime is shown.
            custom_links: Extra links shown in the page header.
            contact_info: Contact link shown to visitors, e.g. `mailto:...`.
            subscription: Which ways visitors may subscribe.
            template_preference: Kind of template the page offers first.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "page_id": page_id,
            "name": name,
            "url_name": url_name,
            "custom_domain": custom_domain,
            "page_title": page_title,
            "logo": logo,
            "dark_logo": dark_logo,
            "logo_url": logo_url,
            "favicon": favicon,
            "page_header": page_header,
            "page_footer": page_footer,
            "date_view": date_view,
            "display_uptime_mode": display_uptime_mode,
            "custom_links": custom_links,
            "contact_info": contact_info,
            "subscription": subscription,
            "template_preference": template_preference,
        }
        return self._client.request(_UPDATE, args, **options)

    def delete(self, *, page_id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete a status page.

        Removes a status page with its components, sections, events and subscribers.

        Permission: Status Pages Manage.
        HTTP: POST /status-page/delete

        Args:
            page_id: Status page ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id}
        return self._client.request(_DELETE, args, **options)


class AsyncStatusPages(AsyncResource):
    """Operations under `client.status_pages`."""

    @cached_property
    def components(self) -> AsyncStatusPagesComponents:
        from .status_pages_components import AsyncStatusPagesComponents

        return AsyncStatusPagesComponents(self._client)

    @cached_property
    def sections(self) -> AsyncStatusPagesSections:
        from .status_pages_sections import AsyncStatusPagesSections

        return AsyncStatusPagesSections(self._client)

    @cached_property
    def templates(self) -> AsyncStatusPagesTemplates:
        from .status_pages_templates import AsyncStatusPagesTemplates

        return AsyncStatusPagesTemplates(self._client)

    @cached_property
    def drafts(self) -> AsyncStatusPagesDrafts:
        from .status_pages_drafts import AsyncStatusPagesDrafts

        return AsyncStatusPagesDrafts(self._client)

    @cached_property
    def events(self) -> AsyncStatusPagesEvents:
        from .status_pages_events import AsyncStatusPagesEvents

        return AsyncStatusPagesEvents(self._client)

    @cached_property
    def subscribers(self) -> AsyncStatusPagesSubscribers:
        from .status_pages_subscribers import AsyncStatusPagesSubscribers

        return AsyncStatusPagesSubscribers(self._client)

    @cached_property
    def migrations(self) -> AsyncStatusPagesMigrations:
        from .status_pages_migrations import AsyncStatusPagesMigrations

        return AsyncStatusPagesMigrations(self._client)

    async def list(self, **options: Unpack[RequestOptions]) -> StatusPageList:
        """List status pages: the awaitable `StatusPages.list`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_LIST, args, **options)

    async def info(self, *, page_id: int, **options: Unpack[RequestOptions]) -> StatusPage:
        """Get one status page: the awaitable `StatusPages.info`, documented there."""
        args = {"page_id": page_id}
        return await self._client.request(_INFO, args, **options)

    async def create(
        self,
        *,
        name: str,
        url_name: str,
        type: Literal["public", "internal"] | EnumValue,
        custom_domain: str | Omit = OMIT,
        page_title: str | Omit = OMIT,
        page_header: str | Omit = OMIT,
        page_footer: str | Omit = OMIT,
        date_view: Literal["calendar", "list"] | EnumValue | Omit = OMIT,
        display_uptime_mode: (
            Literal["chart_and_percentage", "chart", "none"] | EnumValue | Omit
        ) = OMIT,
        custom_links: SequenceNotStr[Mapping[str, str]] | Omit = OMIT,
        contact_info: str | Omit = OMIT,
        subscription: StatusPageSubscription | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> StatusPageCreated:
        """Create a status page: the awaitable `StatusPages.create`, documented there."""
        args = {
            "name": name,
            "url_name": url_name,
            "type": type,
            "custom_domain": custom_domain,
            "page_title": page_title,
            "page_header": page_header,
            "page_footer": page_footer,
            "date_view": date_view,
            "display_uptime_mode": display_uptime_mode,
            "custom_links": custom_links,
            "contact_info": contact_info,
            "subscription": subscription,
        }
        return await self._client.request(_CREATE, args, **options)

    async def update(
        self,
        *,
        page_id: int,
        name: str | None | Omit = OMIT,
        url_name: str | None | Omit = OMIT,
        custom_domain: str | None | Omit = OMIT,
        page_title: str | None | Omit = OMIT,
        logo: str | None | Omit = OMIT,
        dark_logo: str | None | Omit = OMIT,
        logo_url: str | None | Omit = OMIT,
        favicon: str | None | Omit = OMIT,
        page_header: str | None | Omit = OMIT,
        page_footer: str | None | Omit = OMIT,
        date_view: Literal["calendar", "list"] | EnumValue | None | Omit = OMIT,
        display_uptime_mode: (
            Literal["chart_and_percentage", "chart", "none"] | EnumValue | None | Omit
        ) = OMIT,
        custom_links: SequenceNotStr[Mapping[str, str]] | Omit = OMIT,
        contact_info: str | None | Omit = OMIT,
        subscription: StatusPageSubscription | Mapping[str, Any] | Omit = OMIT,
        template_preference: str | None | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a status page: the awaitable `StatusPages.update`, documented there."""
        args = {
            "page_id": page_id,
            "name": name,
            "url_name": url_name,
            "custom_domain": custom_domain,
            "page_title": page_title,
            "logo": logo,
            "dark_logo": dark_logo,
            "logo_url": logo_url,
            "favicon": favicon,
            "page_header": page_header,
            "page_footer": page_footer,
            "date_view": date_view,
            "display_uptime_mode": display_uptime_mode,
            "custom_links": custom_links,
            "contact_info": contact_info,
            "subscription": subscription,
            "template_preference": template_preference,
        }
        return await self._client.request(_UPDATE, args, **options)

    async def delete(self, *, page_id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete a status page: the awaitable `StatusPages.delete`, documented there."""
        args = {"page_id": page_id}
        return await self._client.request(_DELETE, args, **options)
