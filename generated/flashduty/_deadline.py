"""`timeout` as a deadline for a whole sync attempt.

httpx's timeouts bound each socket operation, so a server that sends one byte
every half second keeps a call alive forever. The network backend of httpx's
own transports is wrapped here: every connect, read and write waits at most
until the attempt's deadline (`_transport.DEADLINE`, set by the client around
an attempt), and fails with a timeout once it has passed. Async clients use
an asyncio timeout instead, which reaches every transport."""

from __future__ import annotations

import ssl
import time
from typing import Any, Iterable

import httpcore
import httpx

from ._transport import DEADLINE


def _left(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the call's timeout passed")
    return left if timeout is None or left < timeout else timeout


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream):
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout)
        return _Stream(self.inner.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend):
        self.inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout)
        return _Stream(self.inner.connect_tcp(host, port, left, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout)
        return _Stream(self.inner.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def bound_pool(transport: httpx.HTTPTransport) -> None:
    """Make the connections `transport` opens from now on keep to the deadline.
    (httpcore's pools, proxies included, keep their backend in `_network_backend`;
    a pool without one is left as it is.)"""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is not None and not isinstance(backend, _Backend):
        pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
