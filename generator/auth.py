"""Auth schemes as data: the spec's `securitySchemes` read once into typed
objects, and how each operation authenticates. The validator, the IR, the
renderer and api.md all take their answers from here; the runtime's side of
the contract (templates/runtime/_auth.py) is read by runtime.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal, Mapping

from .problems import Add, join
from .runtime import client_credentials, scheme_kinds
from .schemas import operations

SchemeKind = Literal["query", "bearer", "header"]
Mode = Literal["client", "none", "argument"]


@dataclass(frozen=True)
class AuthScheme:
    """One entry of `securitySchemes`, as the runtime sends it."""

    name: str  # the key under securitySchemes
    kind: SchemeKind
    wire: str  # the query parameter or header it travels in
    argument: str  # the method argument that takes it, when an operation's own
    description: str


@dataclass(frozen=True)
class Auth:
    """How one operation authenticates: with the client's credential (any
    of `schemes`, all of them being the client's), with none, or with a
    secret of its own the caller passes as an argument (`schemes` is then
    that one scheme)."""

    mode: Mode
    schemes: tuple[AuthScheme, ...] = ()
    client_args: tuple[str, ...] = ()  # every Flashduty(...) credential argument

    @property
    def own(self) -> AuthScheme | None:
        return self.schemes[0] if self.mode == "argument" else None

    @property
    def endpoint_auth(self) -> str:
        """`Endpoint(auth=...)`: "client", one client credential's argument
        when the operation accepts only that one, "none", or the argument."""
        if self.mode == "none":
            return "none"
        if self.mode == "argument":
            return self.schemes[0].argument
        accepted = tuple(_client_arg(s) for s in self.schemes)
        if set(accepted) >= set(self.client_args):
            return "client"
        return accepted[0]

    def text(self) -> str | None:
        """A note for api.md; None for the usual case (the client's credential)."""
        if self.mode == "none":
            return "no credential"
        if self.mode == "argument":
            scheme = self.schemes[0]
            return f"auth: own `{scheme.argument}` ({_KIND_TEXT[scheme.kind]})"
        auth = self.endpoint_auth
        return None if auth == "client" else f"auth: {auth} only"


_ARGUMENT = re.compile(r"^[a-z][a-z0-9_]*$")
_KIND_TEXT = {"query": "query parameter", "bearer": "bearer token", "header": "header"}


def _client_arg(scheme: AuthScheme) -> str:
    for arg, (kind, wire, _) in client_credentials().items():
        if kind == scheme.kind and (kind == "bearer" or wire == scheme.wire):
            return arg
    return scheme.name  # refused by the validator: never rendered


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def read_scheme(name: str, raw: Any) -> AuthScheme | None:
    """The scheme of a `securitySchemes` entry, or None if the runtime
    cannot send it."""
    if not isinstance(raw, dict):
        return None
    kind: SchemeKind
    if raw.get("type") == "apiKey" and raw.get("in") in ("query", "header"):
        kind = "query" if raw["in"] == "query" else "header"
        wire = str(raw.get("name") or "")
    elif raw.get("type") == "http" and str(raw.get("scheme", "")).lower() == "bearer":
        kind, wire = "bearer", "Authorization"
    else:
        return None
    if kind not in scheme_kinds() or not wire:
        return None
    default_arg = wire if kind == "query" else _snake(name)
    argument = str(raw.get("x-argument") or default_arg)
    description = str(raw.get("description") or "").strip() or f"The {argument}."
    return AuthScheme(name, kind, wire, argument, description)


class AuthReader:
    """The document's schemes, and each operation's auth from them."""

    def __init__(self, doc: Mapping[str, Any]):
        components = doc.get("components") or {}
        raw = components.get("securitySchemes") or {}
        self.schemes = {n: s for n, s in ((n, read_scheme(n, v)) for n, v in raw.items()) if s}
        self.default = tuple(
            name for requirement in doc.get("security") or [] for name in requirement
        )
        self.client_args = tuple(
            _client_arg(self.schemes[n]) for n in self.default if n in self.schemes
        )

    def of(self, op: Mapping[str, Any]) -> Auth:
        security = op.get("security", None)
        names = (
            self.default
            if security is None
            else tuple(n for requirement in security or [] for n in requirement)
        )
        if not names:
            return Auth("none")
        own = [n for n in names if n not in self.default]
        if own:
            return Auth("argument", (self.schemes[own[0]],), self.client_args)
        return Auth("client", tuple(self.schemes[n] for n in names), self.client_args)


def auth_rules(doc: dict[str, Any], add: Add) -> None:
    """The security of the spec is what the runtime can send: kinds it
    implements, client credentials it holds, one secret per operation."""
    components = doc.get("components") or {}
    raw = components.get("securitySchemes") or {}
    kinds = ", ".join(scheme_kinds())
    for name, value in raw.items():
        if read_scheme(name, value) is None:
            add(
                join("/components/securitySchemes", name),
                f"the runtime sends only these kinds of scheme: {kinds} "
                "(apiKey in the query or a header, http bearer)",
            )
    reader = AuthReader(doc)
    for name, declared in reader.schemes.items():
        if declared.kind != "query" and not _ARGUMENT.match(declared.argument):
            add(
                join("/components/securitySchemes", name, "x-argument"),
                f"the argument that takes this secret must be a snake_case name, "
                f"not {declared.argument!r}",
            )
    for i, requirement in enumerate(doc.get("security") or []):
        if len(requirement) != 1:
            add(join("/security", i), "each alternative of the default security is one scheme")
        for name in requirement:
            scheme = reader.schemes.get(name)
            if scheme is not None and _client_arg(scheme) not in client_credentials():
                known = ", ".join(
                    f"{arg} ({kind} {wire})"
                    for arg, (kind, wire, _) in client_credentials().items()
                )
                add(
                    join("/security", i, name),
                    f"a client holds only these credentials: {known}; "
                    "see CLIENT_CREDENTIALS in templates/runtime/_auth.py",
                )
    for pointer, _, _, op in operations(doc):
        for requirement in op.get("security") or []:
            if len(requirement) > 1:
                add(join(pointer, "security"), "each alternative of security is one scheme")
        own = {n for r in op.get("security") or [] for n in r if n not in reader.default}
        if len(own) > 1:
            add(join(pointer, "security"), "an operation takes at most one secret of its own")
        mixed = own and any(n in reader.default for r in op.get("security") or [] for n in r)
        if mixed:
            add(
                join(pointer, "security"),
                "an operation takes either the client's credential or a secret of its own",
            )
