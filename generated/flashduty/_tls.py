"""One TLS context for the default clients of a process.

httpx builds a fresh `ssl.SSLContext` for every client it makes (and one more
per proxy route), loading the whole CA bundle each time: about 30 ms of CPU
per client, paid again by every `Flashduty()` a web worker or a script makes.
A context holds settings and trusted certificates, not connections, and is
safe to share between threads, so default clients share one. It is built the
way httpx builds it (SSL_CERT_FILE, else SSL_CERT_DIR, else certifi's bundle),
and built again when those variables, or the file SSL_CERT_FILE names,
change: httpx reads them whenever it makes a client, and so do we."""

from __future__ import annotations

import os
import ssl

import httpx

# No lock: a child forked while another thread held one would keep it held.
# Threads making their first clients at the same moment may each build a
# context; the last one built is kept, and every one of them is valid.
_shared: tuple[tuple[object, ...], ssl.SSLContext] | None = None


def _trust_settings() -> tuple[object, ...]:
    cafile = os.environ.get("SSL_CERT_FILE") or ""
    try:
        changed = os.stat(cafile).st_mtime_ns if cafile else 0
    except OSError:
        changed = -1  # building the context reports the missing file
    return (cafile, changed, os.environ.get("SSL_CERT_DIR") or "")


def default_verify() -> ssl.SSLContext:
    """The context a client made without `http_client=` verifies servers with."""
    global _shared
    settings = _trust_settings()
    shared = _shared
    if shared is None or shared[0] != settings:
        shared = _shared = (settings, httpx.create_ssl_context())
    return shared[1]
