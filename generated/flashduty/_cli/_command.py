"""One click command from one operation's data (see generator/cli.py)."""

from __future__ import annotations

import itertools
import sys
from typing import TYPE_CHECKING, Any

import click

from . import _exit, _output
from ._values import BadValue, convert, parse_json

if TYPE_CHECKING:
    _ParamType = click.ParamType[Any]
else:  # generic for type checkers only (click 8.5)
    _ParamType = click.ParamType


class Value(_ParamType):
    """An option's text, kept as text (converted once every option and
    `--data` are merged), completing enum values."""

    def __init__(self, spec: dict[str, Any]):
        self.spec = spec
        self.name = _metavar(spec)

    def shell_complete(
        self, ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[Any]:
        from click.shell_completion import CompletionItem

        values = [str(v) for v in self.spec.get("enum") or ()]
        return [CompletionItem(v) for v in values if v.startswith(incomplete)]


def _metavar(spec: dict[str, Any]) -> str:
    if spec.get("time"):
        return "TIME"
    if spec.get("enum"):
        return "[" + "|".join(map(str, spec["enum"])) + "]"
    return {"str": "TEXT", "int": "INTEGER", "float": "NUMBER", "json": "JSON|@FILE"}.get(
        spec["type"], "FILE"
    )


def _help(spec: dict[str, Any], null: str) -> str:
    parts = [spec.get("help") or ""]
    if spec.get("time"):
        parts.append(f"Unix {spec['time']}, RFC3339, a date, now, or an age (24h, 7d).")
    if spec.get("list"):
        parts.append("Repeat the option or separate values with commas.")
    if spec.get("enum"):
        parts.append("One of: " + ", ".join(map(str, spec["enum"])) + ".")
    if "default" in spec:
        parts.append(f"Default (server): {spec['default']}.")
    if spec.get("nullable"):
        parts.append(f"Nullable: --{null} {spec['opt']} sends null.")
    if spec.get("secret"):
        env = "FLASHDUTY_" + spec["name"].upper()
        parts.append(f"Or {env}, or `{spec['name']}` of the profile; - reads stdin.")
    parts.append("[required]" if spec["required"] else "")
    return " ".join(p for p in parts if p)


def _option(spec: dict[str, Any], null: str) -> click.Option:
    decl = "--" + spec["opt"]
    if spec["type"] == "bool":
        return click.Option(
            [f"{decl}/--no-{spec['opt']}", spec["name"]], default=None, help=_help(spec, null)
        )
    return click.Option(
        [decl, spec["name"]],
        type=Value(spec),
        multiple=bool(spec.get("list")),
        default=None,
        help=_help(spec, null),
    )


def command_help(spec: dict[str, Any]) -> str:
    parts = [spec["summary"].rstrip(".") + "."]
    if "deprecated" in spec:
        parts.insert(
            0, "DEPRECATED" + (f": use `{spec['deprecated']}`." if spec["deprecated"] else ".")
        )
    if spec["description"] and spec["description"] != spec["summary"]:
        parts.append(spec["description"])
    parts.append("\b\nExample:\n  " + spec["example"])
    parts.append(f"\b\nHTTP: {spec['http']}")
    return "\n\n".join(parts)


def build(name: str, spec: dict[str, Any]) -> click.Command:
    own = {k: spec["own"].get(k, k) for k in _OWN}
    params: list[click.Parameter] = [_option(p, own["null"]) for p in spec["params"]]
    params += [
        click.Option(
            (
                ["-o", "--" + own["output"], "_output"]
                if own["output"] == "output"
                else ["--" + own["output"], "_output"]
            ),
            type=click.Choice(_output.FORMATS),
            help="Output format (default: table on a terminal, else json).",
        ),
        click.Option(
            ["--" + own["fields"], "_fields"],
            metavar="A,B.C",
            help="Only these fields (dotted paths), in every format.",
        ),
        click.Option(
            ["--" + own["no-trunc"], "_no_trunc"], is_flag=True, help="Long table cells in full."
        ),
    ]
    if spec["params"]:
        params.append(
            click.Option(
                ["--" + own["data"], "_data"],
                metavar="JSON|@FILE|-",
                help="The request body as JSON (a file with @, stdin with -); options win.",
            )
        )
    if spec["kind"] == "page":
        params += [
            click.Option(
                ["--" + own["all"], "_all"], is_flag=True, help="Every page, printed as it arrives."
            ),
            click.Option(
                ["--" + own["max-items"], "_max_items"],
                type=click.IntRange(min=1),
                help="Stop after this many items (walking pages as needed).",
            ),
        ]
    if spec["kind"] in ("bytes", "stream"):
        params.append(
            click.Option(
                ["--" + own["out"], "_out"],
                metavar="FILE",
                help="Write the answer here as sent, without holding it (default: stdout).",
            )
        )
    nullable = [p["opt"] for p in spec["params"] if p.get("nullable")]
    if nullable:
        params.append(
            click.Option(
                ["--" + own["null"], "_null"],
                type=click.Choice(nullable),
                multiple=True,
                metavar="OPTION",
                help="Send null for this nullable option (repeatable): " + ", ".join(nullable),
            )
        )

    ids = next((p for p in spec["params"] if p["name"] == spec.get("positional")), None)
    if ids is not None:  # `incidents ack ID...`: the option stays; ids may come without it
        params.append(
            click.Argument(
                ["_ids"],
                nargs=-1 if ids.get("list") else 1,
                required=False,
                metavar=ids["opt"].upper() + ("..." if ids.get("list") else ""),
            )
        )

    def callback(**values: Any) -> None:
        run(spec, values)

    return click.Command(
        name,
        params=params,
        callback=callback,
        help=command_help(spec),
        short_help=("[deprecated] " if "deprecated" in spec else "") + spec["summary"],
        deprecated=False,
        no_args_is_help=False,
    )


_OWN = ("output", "fields", "no-trunc", "all", "max-items", "data", "out", "null")


def _opt_name(spec: dict[str, Any]) -> str:
    return "--" + str(spec["opt"])


def arguments(
    spec: dict[str, Any], values: dict[str, Any], settings: dict[str, str]
) -> dict[str, Any]:
    """The SDK's keyword arguments: `--data` first, options over it, each
    converted; missing required ones named."""
    kwargs: dict[str, Any] = {}
    data_text = values.get("_data")
    root = next((p for p in spec["params"] if p.get("root")), None)
    own_data = "--" + spec["own"].get("data", "data")
    if data_text is not None:
        try:
            body = parse_json(data_text, own_data)
        except BadValue as exc:
            raise click.UsageError(str(exc)) from None
        if root is not None:
            kwargs[root["name"]] = body
        elif isinstance(body, dict):
            by_wire = {p["wire"]: p for p in spec["params"]}
            for key, value in body.items():
                if key not in by_wire:
                    known = ", ".join(sorted(by_wire))
                    raise click.UsageError(f"{own_data}: unknown field {key!r} (fields: {known})")
                kwargs[by_wire[key]["name"]] = value
        else:
            raise click.UsageError(f"{own_data}: expected a JSON object")
    given = values.get("_ids")
    if given:
        name = spec["positional"]
        if values.get(name):
            raise click.UsageError(
                f"give the ids as arguments or as --{name.replace('_', '-')}, not both"
            )
        values = {**values, name: given}
    for p in spec["params"]:
        raw = values.get(p["name"])
        if p.get("secret") and raw is None:
            raw = settings.get(p["name"])
        if p.get("secret") and raw == "-":  # out of the shell's history
            raw = sys.stdin.readline().strip()
        if raw is None or (p.get("list") and not raw):
            continue
        try:
            kwargs[p["name"]] = convert(raw, p)
        except BadValue as exc:
            raise click.BadParameter(str(exc), param_hint=f"'{_opt_name(p)}'") from None
    own_null = "--" + spec["own"].get("null", "null")
    for opt in values.get("_null") or ():
        p = next(p for p in spec["params"] if p["opt"] == opt)
        given_too = values.get(p["name"])
        if given_too is not None and given_too != ():
            raise click.UsageError(f"{own_null} {opt}: --{opt} has a value too; give one or null")
        kwargs[p["name"]] = None
    missing = [p for p in spec["params"] if p["required"] and p["name"] not in kwargs]
    if missing:
        names = ", ".join(_opt_name(p) for p in missing)
        hint = " (or in --data)" if spec["params"] and not missing[0].get("secret") else ""
        if missing[0].get("secret"):
            hint = f" (or FLASHDUTY_{missing[0]['name'].upper()}, or the profile)"
        raise click.UsageError(f"missing option{'s' if len(missing) > 1 else ''} {names}{hint}")
    return kwargs


def run(spec: dict[str, Any], values: dict[str, Any]) -> None:
    from ._app import Settings, make_client

    ctx = click.get_current_context()
    settings: Settings = ctx.find_object(Settings) or Settings()
    resolved = settings.resolved([p["name"] for p in spec["params"] if p.get("secret")])
    kwargs = arguments(spec, values, resolved)
    fmt = (
        values.get("_output")
        or resolved.get("output")
        or ("table" if sys.stdout.isatty() else "json")
    )
    if fmt not in _output.FORMATS:
        raise click.UsageError(
            f"output {fmt!r} (from the profile or FLASHDUTY_OUTPUT) is not one of {', '.join(_output.FORMATS)}"
        )
    if fmt == "yaml":
        try:
            import yaml  # type: ignore[import-untyped,unused-ignore]  # noqa: F401
        except ImportError:
            _exit.fail("-o yaml needs PyYAML: pip install 'flashduty[cli]'", _exit.USAGE)
    fields = [f.strip() for f in (values.get("_fields") or "").split(",") if f.strip()] or None
    client = make_client(settings, resolved, spec["auth"])
    target: Any = client
    for attr in spec["sdk"]:
        target = getattr(target, attr)
    method = getattr(target, spec["method"])
    if "deprecated" in spec:
        import warnings

        warnings.simplefilter(
            "ignore", DeprecationWarning
        )  # said once below, not as a Python warning
        print(
            f"warning: deprecated; use {spec['deprecated'] or 'another command'}",
            file=sys.stderr,
        )
    try:
        result = method(**kwargs)
    except (TypeError, ValueError) as exc:  # the SDK checked the request before sending it
        _exit.fail(f"invalid request: {exc}", _exit.USAGE)
    trunc = not values.get("_no_trunc")
    kind = spec["kind"]
    if kind == "bytes" or (kind == "stream" and values.get("_out")):
        _output.write_file(result, values.get("_out"))
    elif kind == "stream":
        # Records as they arrive (JSON lines unless -o says otherwise); the
        # JSON envelope in place of the stream (e.g. `url_mode`) is one object.
        if getattr(result, "data", None) is not None:
            _output.write([result.data], fmt, fields, trunc, single=True)
        else:
            stream_fmt = values.get("_output") or "jsonl"
            _output.write(result.iter_records(), stream_fmt, fields, trunc, single=False)
    elif kind == "none":
        return
    elif kind == "page":
        cap = values.get("_max_items")
        if values.get("_all") or cap:
            items: Any = result.iter_all()
            if cap:
                items = itertools.islice(items, cap)
        else:
            items = result.items
        _output.write(items, fmt, fields, trunc, single=False)
    elif kind == "list":
        _output.write(result, fmt, fields, trunc, single=False)
    else:
        _output.write([result], fmt, fields, trunc, single=True)
