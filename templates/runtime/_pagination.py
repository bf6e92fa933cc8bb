"""Walking paginated lists: iterating a page follows `has_next_page`
(never `total`, which stops counting at 1000), by cursor where the
operation has one, else by page number within the API's p × limit ≤ 10000."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, AsyncIterator, Generator, Generic, Iterator, Mapping

from typing_extensions import TypeVar

from ._errors import FlashdutyError
from ._raw import RAW_RESPONSE

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._endpoint import Endpoint, Paging
    from ._response import APIResponse

T = TypeVar("T")
D = TypeVar("D", default=Any)  # the page's data model; Any where a page is named by its items alone
MAX_OFFSET = 10000
_OPTIONS = frozenset(("timeout", "max_retries", "extra_headers", "extra_query", "extra_body"))
DEFAULT_LIMIT = 20


class PaginationLimitError(FlashdutyError):
    """The next page lies beyond p × limit = 10000, which the API refuses for
    page-number paging; narrow the query (e.g. the time window)."""


def has_more(paging: "Paging", data: Any) -> bool:
    """Whether pages follow: `has_next_page`, or for the few cursor-only lists
    without it, a next cursor."""
    value = getattr(data, "has_next_page", None)
    if value is None and paging.cursor:
        return bool(getattr(data, paging.cursor, None))
    return bool(value)


def next_params(
    endpoint: "Endpoint[Any]", params: Mapping[str, Any], data: Any
) -> dict[str, Any] | None:
    """Request arguments of the page after the one answered by `data`, or None."""
    paging = endpoint.paging
    assert paging is not None
    if not getattr(data, paging.items, None) or not has_more(paging, data):
        return None
    cursor = getattr(data, paging.cursor, None) if paging.cursor else None
    out = dict(params)
    if cursor:
        out[paging.cursor] = cursor  # type: ignore[index]
        if paging.page:
            out.pop(paging.page, None)
        return out
    if not paging.page:
        return None
    page = int(params.get(paging.page) or 1) + 1
    limit = params.get(paging.limit)
    limit = int(limit) if isinstance(limit, int) else DEFAULT_LIMIT
    if page * limit > MAX_OFFSET:
        raise PaginationLimitError(
            f"{endpoint.path}: page {page} with limit {limit} passes the API's limit of "
            f"p × limit ≤ {MAX_OFFSET}; narrow the query"
        )
    out[paging.page] = page
    return out


class _PageBase(Generic[T, D]):
    """Typed exactly: the page's items, `has_next_page`, `total`, and `data`,
    the whole answer (its cursor and any other field) as its model."""

    def __init__(
        self,
        endpoint: "Endpoint[Any]",
        params: Mapping[str, Any],
        data: D,
        options: Mapping[str, Any],
    ):
        self.endpoint = endpoint
        self.params = dict(params)
        self.data = data
        self._options = options

    @property
    def items(self) -> list[T]:
        """The items on this page."""
        assert self.endpoint.paging is not None
        return list(getattr(self.data, self.endpoint.paging.items, None) or [])

    @property
    def has_next_page(self) -> bool:
        assert self.endpoint.paging is not None
        return has_more(self.endpoint.paging, self.data)

    @property
    def total(self) -> int | None:
        """Matches, exact below 1000 and capped at 1000 above it."""
        return getattr(self.data, "total", None)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} has_next_page={self.has_next_page}>"


class SyncPage(_PageBase[T, D]):
    """One page of a list. Iterating it yields every item of this page and
    of the pages after it, fetched as needed; `.items` is this page alone."""

    def __init__(self, client: "SyncAPIClient", *args: Any):
        super().__init__(*args)
        self._client = client

    def next_page(self) -> "SyncPage[T, D] | None":
        params = next_params(self.endpoint, self.params, self.data)
        if params is None:
            return None
        data = self._client.request(self.endpoint, params, **self._options)
        return SyncPage(self._client, self.endpoint, params, data, self._options)

    def iter_pages(self) -> Iterator["SyncPage[T, D]"]:
        page: SyncPage[T, D] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def iter_all(self) -> Iterator[T]:
        """Every item of this page and of all pages after it (as iterating does)."""
        for page in self.iter_pages():
            yield from page.items

    def __iter__(self) -> Iterator[T]:
        return self.iter_all()


class AsyncPage(_PageBase[T, D]):
    """One page of a list. `async for` over it yields every item of this
    page and of the pages after it; `.items` is this page alone."""

    def __init__(self, client: "AsyncAPIClient", *args: Any):
        super().__init__(*args)
        self._client = client

    async def next_page(self) -> "AsyncPage[T, D] | None":
        params = next_params(self.endpoint, self.params, self.data)
        if params is None:
            return None
        data = await self._client.request(self.endpoint, params, **self._options)
        return AsyncPage(self._client, self.endpoint, params, data, self._options)

    async def iter_pages(self) -> AsyncIterator["AsyncPage[T, D]"]:
        page: AsyncPage[T, D] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def iter_all(self) -> AsyncIterator[T]:
        """Every item of this page and of all pages after it (as `async for` does)."""
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self.iter_all()


class AsyncPager(Generic[T, D]):
    """What an async list method returns: `async for item in ...` walks every
    page; `await` it for the first page (`AsyncPage`)."""

    def __init__(
        self,
        client: "AsyncAPIClient",
        endpoint: "Endpoint[Any]",
        params: Mapping[str, Any],
        options: Mapping[str, Any],
    ):
        if options.keys() - _OPTIONS:  # found now, not when the pager is first awaited
            from ._base_client import unexpected_argument

            raise unexpected_argument({k: options[k] for k in options.keys() - _OPTIONS})
        self._client = client
        self._endpoint = endpoint
        self._params = params
        self._options = options

    async def _first(self) -> AsyncPage[T, D]:
        data = await self._client.request(self._endpoint, self._params, **self._options)
        return AsyncPage(self._client, self._endpoint, self._params, data, self._options)

    async def _first_raw(self) -> "APIResponse[AsyncPage[T, D]]":
        """The first page as an APIResponse (for `with_raw_response`)."""
        token = RAW_RESPONSE.set(True)
        try:
            raw: APIResponse[Any] = await self._client.request(
                self._endpoint, self._params, **self._options
            )
        finally:
            RAW_RESPONSE.reset(token)
        raw._parsed = AsyncPage(
            self._client, self._endpoint, self._params, raw.parse(), self._options
        )
        return raw

    def __await__(self) -> Generator[Any, None, AsyncPage[T, D]]:
        return self._first().__await__()

    async def iter_all(self) -> AsyncIterator[T]:
        """Every item of every page (as `async for` does)."""
        page = await self._first()
        async for item in page.iter_all():
            yield item

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T, D]]:
        page = await self._first()
        async for each in page.iter_pages():
            yield each

    def __aiter__(self) -> AsyncIterator[T]:
        return self.iter_all()


def sync_page(
    client: "SyncAPIClient",
    endpoint: "Endpoint[Any]",
    params: Mapping[str, Any],
    options: Mapping[str, Any],
) -> SyncPage[Any, Any]:
    """The first page of a list call (or, under `with_raw_response`, its
    APIResponse, whose `parse()` is the page)."""
    data = client.request(endpoint, params, **options)
    if RAW_RESPONSE.get():
        data._parsed = SyncPage(client, endpoint, params, data.parse(), options)
        return data  # type: ignore[no-any-return]
    return SyncPage(client, endpoint, params, data, options)
