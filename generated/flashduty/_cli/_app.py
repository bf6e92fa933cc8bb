"""The root command: global options, groups loaded on demand, configure,
config, completion; and `run`, which turns every failure into one line on
stderr and a documented exit code."""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from . import _config, _exit
from ._index import GROUPS

PROG = "flashduty"


@dataclass
class Settings:
    """The root's options; the profile is read when a command needs it."""

    profile: str | None = None
    flags: dict[str, str | None] = field(default_factory=dict)
    rate_limit: float | None = None
    timeout: float | None = None
    debug: bool = False
    max_retries: int | None = None

    def resolved(self, secrets: list[str] | tuple[str, ...] = ()) -> dict[str, str]:
        """The settings in effect, and `secrets` of one operation (env, profile)."""
        try:
            return _config.resolve(self.flags, self.profile, secrets)
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None


def make_client(settings: Settings, resolved: dict[str, str], auth: str) -> Any:
    """The SDK client of these settings (imported only now: `--help` never pays for it)."""
    if settings.debug:
        _debug_log()
    from .. import Flashduty

    options: dict[str, Any] = {"base_url": resolved.get("base_url")}
    if settings.rate_limit:
        options["max_requests_per_second"] = settings.rate_limit
    if settings.timeout is not None:
        options["timeout"] = settings.timeout
    if settings.max_retries is not None:
        options["max_retries"] = settings.max_retries
    token = resolved.get("access_token")
    key = resolved.get("app_key")
    if auth == "client" and not key and not token:
        _exit.fail(
            "no credential: pass --app-key or --access-token, set FLASHDUTY_APP_KEY or "
            "FLASHDUTY_ACCESS_TOKEN, or run `flashduty configure`",
            _exit.AUTH,
        )
    try:
        if token:
            return Flashduty(access_token=token, **options)
        return Flashduty(app_key=key or None, **options)
    except (TypeError, ValueError) as exc:  # e.g. a blank token: the SDK says what is wrong
        raise click.UsageError(str(exc)) from None


_HANDLERS: list[logging.Handler] = []


def _debug_log() -> None:
    """The SDK's debug log (keys already redacted by it) on this stderr."""
    logger = logging.getLogger("flashduty")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    _HANDLERS.append(handler)


class Group(click.Group):
    """A group whose commands are data, made into click commands on demand."""

    def __init__(self, name: str, tree: dict[str, Any] | None = None, module: str = "", **kw: Any):
        super().__init__(name, **kw)
        self._tree = tree
        self._module = module

    def tree(self) -> Any:
        if self._tree is None:
            path = Path(__file__).parent / "commands" / f"{self._module}.json"
            self._tree = json.loads(path.read_text(encoding="utf-8"))
        return self._tree

    def list_commands(self, ctx: click.Context) -> list[str]:
        tree = self.tree()
        return sorted([*tree["groups"], *tree["commands"]])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        tree = self.tree()
        if name in tree["groups"]:
            sub = tree["groups"][name]
            return Group(name, sub, help=_group_help(sub))
        if name in tree["commands"]:
            from ._command import build

            return build(name, tree["commands"][name])
        return None


def _group_help(tree: dict[str, Any]) -> str:
    count = len(tree["commands"]) + len(tree["groups"])
    return f"{count} commands and groups."


class Root(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*GROUPS, *self.commands])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.commands:
            return self.commands[name]
        if name in GROUPS:
            module, text = GROUPS[name]
            return Group(name, module=module, help=text, short_help=text)
        return None


def _print_version(ctx: click.Context) -> None:
    from .._version import __version__

    click.echo(f"{PROG} {__version__}")
    ctx.exit()


@click.group(
    cls=Root,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    help="Flashduty on the command line: every operation of the Open API, grouped by "
    "resource. Credentials: flags, then FLASHDUTY_* variables, then the profile written "
    "by `flashduty configure`. Exit codes: 0 ok, 1 API error, 2 usage, 3 auth, "
    "4 not found, 5 rate limited, 6 server, 7 connection, 8 pagination guard.",
)
@click.option("--profile", help="Profile of the config file (or FLASHDUTY_PROFILE).")
@click.option("--app-key", help="App key (or FLASHDUTY_APP_KEY; better the profile).")
@click.option(
    "--access-token", help="Access token instead of the app key (or FLASHDUTY_ACCESS_TOKEN)."
)
@click.option("--base-url", help="API address (or FLASHDUTY_BASE_URL).")
@click.option(
    "--rate-limit", type=click.FloatRange(min=0, min_open=True), help="At most N requests a second."
)
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds per attempt.")
@click.option(
    "--max-retries", type=click.IntRange(min=0), help="Retries of a failed call (default 2)."
)
@click.option("--debug", is_flag=True, help="The SDK's debug log on stderr (keys redacted).")
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _, value: _print_version(ctx) if value else None,
    help="Print the version and exit.",
)
@click.pass_context
def cli(
    ctx: click.Context,
    profile: str | None,
    app_key: str | None,
    access_token: str | None,
    base_url: str | None,
    rate_limit: float | None,
    timeout: float | None,
    max_retries: int | None,
    debug: bool,
) -> None:
    flags = {"app_key": app_key, "access_token": access_token, "base_url": base_url}
    ctx.obj = Settings(profile, flags, rate_limit, timeout, debug, max_retries)


@cli.command()
@click.option("--profile", help="Profile to write (default: --profile of the root, or default).")
@click.option(
    "--app-key", help="App key; `-` reads it from stdin. Asked for when no option is given."
)
@click.option("--access-token", help="Access token; `-` reads it from stdin.")
@click.option("--integration-key", help="Integration key for event push; `-` reads stdin.")
@click.option("--base-url", help="API address.")
@click.option(
    "--output",
    type=click.Choice(("table", "json", "jsonl", "csv", "yaml")),
    help="Default output format.",
)
@click.pass_obj
def configure(settings: Settings, /, profile: str | None, **values: str | None) -> None:
    """Write a profile of the config file (mode 0600)."""
    name = _config.profile_name(profile or settings.profile)
    given = {k: v for k, v in values.items() if v}
    if all(k in given for k in _config.CREDENTIALS):
        raise click.UsageError("--app-key and --access-token: a profile holds one of them")
    for key, value in given.items():
        if value == "-":
            given[key] = sys.stdin.readline().strip()
    if not given:
        given["app_key"] = click.prompt("App key", hide_input=True).strip()
    path = _config.save(name, {k: v for k, v in given.items() if v})
    click.echo(f"profile {name!r} written to {path}", err=True)


cli.add_command(configure, "login")  # the name other tools use for the same step


@cli.group()
def config() -> None:
    """Show the config file's profiles (secrets masked)."""


@config.command("show")
@click.pass_obj
def config_show(settings: Settings) -> None:
    """The settings a command would use, and where each comes from (masked)."""
    name = _config.profile_name(settings.profile)
    resolved = settings.resolved()
    click.echo(f"profile: {name}\nfile: {_config.path()}")
    for key in _config.KEYS:
        if key in resolved:
            click.echo(f"{key}: {_config.mask(key, resolved[key])}")


@config.command("profiles")
def config_profiles() -> None:
    """The names of the profiles."""
    for name in _config.load().sections():
        click.echo(name)


@cli.command()
@click.argument("shell", type=click.Choice(("bash", "zsh", "fish")))
def completion(shell: str) -> None:
    """Print the completion script of a shell: eval "$(flashduty completion bash)"."""
    from click.shell_completion import get_completion_class

    cls = get_completion_class(shell)
    assert cls is not None
    click.echo(cls(cli, {}, PROG, "_FLASHDUTY_COMPLETE").source())


@cli.group()
def webhooks() -> None:
    """Receive webhooks locally while developing."""


@webhooks.command("listen")
@click.option("--port", type=click.IntRange(0, 65535), default=8787, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "-o",
    "--output",
    type=click.Choice(("jsonl", "json", "table", "yaml")),
    default="jsonl",
    show_default=True,
)
@click.option("--fields", metavar="A,B.C", help="Only these fields of each event.")
@click.option("--count", type=click.IntRange(min=1), help="Stop after this many events.")
def webhooks_listen(
    port: int, host: str, output: str, fields: str | None, count: int | None
) -> None:
    """Print each webhook delivered to http://HOST:PORT/, parsed by the SDK."""
    from ._listen import serve

    picked = [f.strip() for f in (fields or "").split(",") if f.strip()] or None
    serve(host, port, output, picked, count)


def run(argv: list[str] | None = None) -> None:
    from .. import _errors

    try:
        cli.main(args=argv, prog_name=PROG, standalone_mode=False)
    except click.exceptions.Abort:
        _exit.fail("interrupted", _exit.INTERRUPTED)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(_exit.USAGE if isinstance(exc, click.UsageError) else exc.exit_code)
    except KeyboardInterrupt:
        _exit.fail("interrupted", _exit.INTERRUPTED)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except _errors.FlashdutyError as exc:
        _exit.fail(str(exc), _exit.code_for(exc))
    finally:
        for handler in _HANDLERS:  # a run in-process (tests) leaves the logger as it was
            logging.getLogger("flashduty").removeHandler(handler)
        _HANDLERS.clear()
    sys.exit(0)
