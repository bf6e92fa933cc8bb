"""How a request carries its credential: the one place that knows the ways.

A credential is sent as a query parameter (`app_key`, `integration_key`), as
`Authorization: Bearer <token>` (access tokens, automation trigger tokens) or
as a header of its own. It is added to the request only inside the transport
(see _transport.py), so no httpx.Request a user, a log record or an exception
can see ever carries it. The generator reads the constants below and refuses
a spec whose security schemes the runtime cannot send."""

from __future__ import annotations

import httpx

# The kinds of scheme the runtime sends; the generator's validator accepts
# exactly these (an apiKey in the query or a header, an HTTP bearer token).
SCHEME_KINDS = ("query", "bearer", "header")

# The credentials a client holds, by the argument of Flashduty(...) that
# takes it: (kind, wire name, environment variable). The spec's default
# security must offer exactly these.
CLIENT_CREDENTIALS = {
    "app_key": ("query", "app_key", "FLASHDUTY_APP_KEY"),
    "access_token": ("bearer", "Authorization", "FLASHDUTY_ACCESS_TOKEN"),
}

# Endpoint.auth for operations that take the client's credential, whichever it holds.
CLIENT = "client"
NONE = "none"


class Credential:
    """A secret and how it is sent. Never printed: its repr hides the value."""

    __slots__ = ("kind", "name", "value")

    def __init__(self, kind: str, name: str, value: str):
        if kind not in SCHEME_KINDS:
            raise ValueError(f"unknown kind of credential {kind!r}")
        self.kind = kind
        self.name = name  # the query parameter or header it travels in
        self.value = value

    def __repr__(self) -> str:
        return f"<Credential {self.kind} {self.name} ***>"

    def __reduce__(self) -> tuple[object, ...]:
        # A client may be pickled by accident (a dataclass field, a cache):
        # the secret itself never goes with it.
        raise TypeError("a credential cannot be pickled")

    def sent_url(self, url: httpx.URL) -> httpx.URL:
        """The URL to send: with the key when it travels in the query."""
        return url.copy_add_param(self.name, self.value) if self.kind == "query" else url

    def header(self) -> tuple[str, str] | None:
        """The header to add when sending, if it travels in one."""
        if self.kind == "bearer":
            return ("Authorization", f"Bearer {self.value}")
        if self.kind == "header":
            return (self.name, self.value)
        return None


def client_credential(app_key: str | None, access_token: str | None) -> Credential | None:
    """The credential of a client from its arguments, else the environment.

    An explicit argument wins over the environment variable of the other
    kind; two explicit ones, or two variables, are ambiguous."""
    import os

    if app_key is not None and access_token is not None:
        raise ValueError("pass either app_key or access_token, not both")
    if access_token is not None:
        return _make("access_token", access_token)
    if app_key is not None:
        return _make("app_key", app_key)
    found = {
        arg: os.environ.get(env)
        for arg, (_, _, env) in CLIENT_CREDENTIALS.items()
        if os.environ.get(env)
    }
    if len(found) > 1:
        names = " and ".join(CLIENT_CREDENTIALS[arg][2] for arg in found)
        raise ValueError(f"both {names} are set; unset one or pass app_key= or access_token=")
    for arg, value in found.items():
        return _make(arg, value or "")
    return None


def _make(arg: str, value: str) -> Credential | None:
    if not isinstance(value, str):
        raise TypeError(f"{arg} must be a string, got {type(value).__name__}")
    if arg == "access_token" and not value.strip():
        raise ValueError("access_token is empty; pass the token, or app_key= instead")
    if not value:
        return None  # an empty app key: every call that needs one says so
    kind, name, _ = CLIENT_CREDENTIALS[arg]
    if kind != "query":
        problem = unsendable(arg, value, secret=True)
        if problem:
            raise ValueError(problem)
    return Credential(kind, name, value)


def unsendable(what: str, value: str, secret: bool = False) -> str | None:
    """Why `value` cannot be a header value, or None if it can.

    httpx encodes headers as ASCII and h11 refuses control characters and
    spaces at either end: found only as the request leaves, those surface as
    a bare UnicodeEncodeError or as a connection error that is retried. A
    secret's characters are never quoted, only their position."""
    for i, c in enumerate(value):
        if not (" " <= c <= "~" or c == "\t"):
            shown = f"character {i + 1}" if secret else f"{c!r} at character {i + 1}"
            return f"{what}: a header value takes printable ASCII only; {shown} is not"
    if value != value.strip(" \t"):
        return f"{what}: a header value cannot begin or end with a space"
    return None


def missing_credential() -> Exception:
    from ._errors import FlashdutyError

    return FlashdutyError(
        "no credential: pass Flashduty(app_key=...) or Flashduty(access_token=...), "
        "or set FLASHDUTY_APP_KEY or FLASHDUTY_ACCESS_TOKEN"
    )
