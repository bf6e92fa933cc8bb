"""A forked child starts with copies of its parent's sockets and locks.

A kept-alive connection is one socket shared by both processes: their
requests interleave on it and each may read the other's answer. A lock that
another thread of the parent held at the fork stays held in the child for
ever. So, in the child, right after `os.fork()` (multiprocessing's fork start
method, gunicorn's and Celery's prefork workers all use it):

- every connection pool of the client's transports forgets its connections
  (without closing them: they are still the parent's) and gets new locks, so
  the child's first call opens a connection of its own;
- every pacer gets a new lock; a child paces itself, apart from its parent
  and its siblings (see the README: give each process its share of the limit).

Objects are tracked weakly: tracking keeps nothing alive."""

from __future__ import annotations

import os
import threading
import weakref
from typing import Any

_tracked: "weakref.WeakSet[Any]" = weakref.WeakSet()
_lock = threading.Lock()


def track(owner: Any) -> None:
    """Call `owner.after_fork()` in every child forked from now on."""
    with _lock:
        _tracked.add(owner)


def forget_connections(transport: Any) -> None:
    """Make an httpx transport's pool (httpcore's) start empty, with fresh locks."""
    pool = getattr(transport, "_pool", None)
    if pool is None or not hasattr(pool, "_connections"):
        return  # not httpcore's pool: a user's own transport is the user's to mind
    pool._connections = []
    pool._requests = []
    thread_lock = getattr(pool, "_optional_thread_lock", None)
    if thread_lock is not None:
        pool._optional_thread_lock = type(thread_lock)()


def _in_child() -> None:
    global _lock
    _lock = threading.Lock()
    for owner in list(_tracked):
        owner.after_fork()


if hasattr(os, "register_at_fork"):  # not on Windows, which cannot fork
    os.register_at_fork(after_in_child=_in_child)
