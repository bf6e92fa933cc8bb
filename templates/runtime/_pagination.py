"""Walking paginated lists: iterating a page follows `has_next_page`
(never `total`, which stops counting at 1000), by cursor where the
operation has one, else by page number within the API's p × limit ≤ 10000.

A server that misbehaves must not make a walk endless: a page (cursor or
number) asked for twice, or more than `max_pages` pages, end the walk with a
PaginationError."""

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
DEFAULT_MAX_PAGES = 10_000


class PaginationError(FlashdutyError):
    """A walk over pages cannot go on: the server repeats itself, or the walk
    passed its `max_pages`."""


class PaginationLimitError(PaginationError):
    """The next page lies beyond p × limit = 10000, which the API refuses for
    page-number paging; narrow the query (e.g. the time window)."""


def has_more(paging: "Paging", data: Any, number: int = 1) -> bool:
    """Whether pages follow: `has_next_page`, or for the few cursor-only lists
    without it, a next cursor; for lists that only count their matches
    (`paging.total`), whether `number` pages of this page's size fall short
    of that count. That never stops early when the server caps the page
    size, at the cost of one empty page after a short last one."""
    value = getattr(data, "has_next_page", None)
    if value is None and paging.cursor:
        return bool(getattr(data, paging.cursor, None))
    if value is None and paging.total:
        total = getattr(data, paging.total, None)
        items = getattr(data, paging.items, None)
        if not isinstance(total, int) or not isinstance(items, list):
            return False
        return bool(items) and number * len(items) < total
    return bool(value)


def next_params(
    endpoint: "Endpoint[Any]", params: Mapping[str, Any], data: Any, number: int
) -> dict[str, Any] | None:
    """Request arguments of the page after the one answered by `data` (page
    `number` of the walk), or None."""
    paging = endpoint.paging
    assert paging is not None
    if not getattr(data, paging.items, None) or not has_more(paging, data, number):
        return None
    cursor = getattr(data, paging.cursor, None) if paging.cursor else None
    out = dict(params)
    if cursor:
        if cursor == params.get(paging.cursor):  # type: ignore[arg-type]
            raise PaginationError(
                f"{endpoint.path}: the server answered cursor {paging.cursor}={cursor!r} "
                "with the same cursor; stopping instead of fetching that page again"
            )
        out[paging.cursor] = cursor  # type: ignore[index]
        if paging.page:
            out.pop(paging.page, None)
        return out
    if not paging.page:
        raise PaginationError(
            f"{endpoint.path}: the server says more pages follow but sent no {paging.cursor}"
        )
    # A walk by cursor whose cursor vanished goes on by page number: the
    # stale cursor goes, and the number counts the pages already seen.
    if paging.cursor:
        out.pop(paging.cursor, None)
    page = number + 1
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
        number: int | None = None,
    ):
        self.endpoint = endpoint
        self.params = dict(params)
        self.data = data
        self._options = options
        self.number = _first_number(endpoint, params) if number is None else number
        """This page's place in the walk: 1 for the first page (or the `p` asked for)."""

    @property
    def items(self) -> list[T]:
        """The items on this page."""
        assert self.endpoint.paging is not None
        items = getattr(self.data, self.endpoint.paging.items, None) or []
        if not isinstance(items, list):  # kept as sent by the lenient reading
            raise PaginationError(
                f"{self.endpoint.path}: the page's {self.endpoint.paging.items} is a "
                f"{type(items).__name__}, not a list"
            )
        return list(items)

    @property
    def has_next_page(self) -> bool:
        assert self.endpoint.paging is not None
        return has_more(self.endpoint.paging, self.data, self.number)

    @property
    def total(self) -> int | None:
        """Matches, exact below 1000 and capped at 1000 above it."""
        return getattr(self.data, "total", None)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} has_next_page={self.has_next_page}>"

    def _next_params(self) -> dict[str, Any] | None:
        return next_params(self.endpoint, self.params, self.data, self.number)


def _first_number(endpoint: "Endpoint[Any]", params: Mapping[str, Any]) -> int:
    page = endpoint.paging.page if endpoint.paging else None
    value = params.get(page) if page else None
    return value if isinstance(value, int) and value > 0 else 1


class _Walk:
    """Where a walk over pages has been, to stop one that would never end."""

    def __init__(self, first: _PageBase[Any], max_pages: int | None):
        if max_pages is not None and max_pages < 1:
            raise ValueError("max_pages must be 1 or more (or None for no cap)")
        self.path = first.endpoint.path
        self.paging = first.endpoint.paging
        self.max_pages = max_pages
        self.pages = 1
        self.seen = {self._position(first.params)}

    def _position(self, params: Mapping[str, Any]) -> tuple[str, Any]:
        """Which page a request asks for: its cursor, else its page number."""
        assert self.paging is not None
        cursor = params.get(self.paging.cursor) if self.paging.cursor else None
        if cursor:
            if not isinstance(cursor, (str, int, float)):
                raise PaginationError(
                    f"{self.path}: the server's {self.paging.cursor} is a "
                    f"{type(cursor).__name__}, not a cursor"
                )
            return ("cursor", cursor)
        return ("page", params.get(self.paging.page) or 1 if self.paging.page else None)

    def before(self, params: Mapping[str, Any]) -> None:
        """Check the request for the next page before it is sent."""
        self.pages += 1
        if self.max_pages is not None and self.pages > self.max_pages:
            raise PaginationError(
                f"{self.path}: more than max_pages={self.max_pages} pages; pass "
                "iter_all(max_pages=...) (None for no cap) if the list is that long"
            )
        position = self._position(params)
        if position in self.seen:
            kind, value = position
            raise PaginationError(
                f"{self.path}: the walk would fetch {kind} {value!r} a second time (the "
                "server repeats its cursors); stopping a walk that would go round in circles"
            )
        self.seen.add(position)


class SyncPage(_PageBase[T, D]):
    """One page of a list. Iterating it yields every item of this page and
    of the pages after it, fetched as needed; `.items` is this page alone."""

    def __init__(self, client: "SyncAPIClient", *args: Any):
        super().__init__(*args)
        self._client = client

    def next_page(self) -> "SyncPage[T, D] | None":
        params = self._next_params()
        return None if params is None else self._fetch(params)

    def _fetch(self, params: dict[str, Any]) -> "SyncPage[T, D]":
        data = self._client.request(self.endpoint, params, **self._options)
        return SyncPage(self._client, self.endpoint, params, data, self._options, self.number + 1)

    def iter_pages(self, max_pages: int | None = DEFAULT_MAX_PAGES) -> Iterator["SyncPage[T, D]"]:
        """This page and every page after it, at most `max_pages` in all."""
        walk = _Walk(self, max_pages)
        page = self
        while True:
            yield page
            params = page._next_params()
            if params is None:
                return
            walk.before(params)
            page = page._fetch(params)

    def iter_all(self, max_pages: int | None = DEFAULT_MAX_PAGES) -> Iterator[T]:
        """Every item of this page and of all pages after it, at most `max_pages`
        pages (as iterating does)."""
        for page in self.iter_pages(max_pages):
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
        params = self._next_params()
        return None if params is None else await self._fetch(params)

    async def _fetch(self, params: dict[str, Any]) -> "AsyncPage[T, D]":
        data = await self._client.request(self.endpoint, params, **self._options)
        return AsyncPage(self._client, self.endpoint, params, data, self._options, self.number + 1)

    async def iter_pages(
        self, max_pages: int | None = DEFAULT_MAX_PAGES
    ) -> AsyncIterator["AsyncPage[T, D]"]:
        """This page and every page after it, at most `max_pages` in all."""
        walk = _Walk(self, max_pages)
        page = self
        while True:
            yield page
            params = page._next_params()
            if params is None:
                return
            walk.before(params)
            page = await page._fetch(params)

    async def iter_all(self, max_pages: int | None = DEFAULT_MAX_PAGES) -> AsyncIterator[T]:
        async for page in self.iter_pages(max_pages):
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

    async def iter_all(self, max_pages: int | None = DEFAULT_MAX_PAGES) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page.iter_all(max_pages):
            yield item

    async def iter_pages(
        self, max_pages: int | None = DEFAULT_MAX_PAGES
    ) -> AsyncIterator[AsyncPage[T, D]]:
        page = await self._first()
        async for each in page.iter_pages(max_pages):
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
