"""Profiles (0600 file, precedence, masking), errors as one line with a
documented exit code, and keys kept out of every output."""

from __future__ import annotations

import json
import os
import stat
import time

import pytest

from flashduty._cli import _exit

from ..conftest import APP_KEY
from ..server import Reply, envelope, error
from .conftest import Cli

OTHER_KEY = "fd-profile-key-4b8e2d6a0c"


def test_configure_writes_a_0600_profile_and_show_masks_it(cli: Cli) -> None:
    env = cli.env(FLASHDUTY_APP_KEY=None, FLASHDUTY_BASE_URL=None)
    result = cli("--profile", "staging", "configure", "--app-key", "-",
                 "--base-url", cli.server.url, input=OTHER_KEY + "\n", env=env)  # fmt: skip
    assert result.code == 0, result.stderr
    assert stat.S_IMODE(os.stat(cli.config).st_mode) == 0o600
    assert OTHER_KEY not in result.stdout + result.stderr
    shown = cli("--profile", "staging", "config", "show", env=env)
    assert shown.code == 0, shown.stderr
    assert OTHER_KEY not in shown.stdout
    assert "app_key: ****" + OTHER_KEY[-4:] in shown.stdout
    assert f"base_url: {cli.server.url}" in shown.stdout
    assert cli("config", "profiles", env=env).stdout.split() == ["staging"]


@pytest.mark.parametrize("command", ["configure", "login"])
def test_configure_asks_for_the_key_when_not_given(cli: Cli, command: str) -> None:
    result = cli(command, input=OTHER_KEY + "\n")
    assert result.code == 0, result.stderr
    assert OTHER_KEY in cli.config.read_text()
    assert OTHER_KEY not in result.stdout + result.stderr


def test_flag_beats_environment_beats_profile(cli: Cli) -> None:
    cli("configure", "--app-key", OTHER_KEY, "--base-url", cli.server.url)
    cli.server.script("/incident/info", envelope({"incident_id": "x"}))
    from_profile = cli.env(FLASHDUTY_APP_KEY=None, FLASHDUTY_BASE_URL=None)
    assert cli("incidents", "info", "--incident-id", "x", env=from_profile).code == 0
    assert cli.server.seen[-1].query["app_key"] == [OTHER_KEY]
    assert cli("incidents", "info", "--incident-id", "x").code == 0  # env
    assert cli.server.seen[-1].query["app_key"] == [APP_KEY]
    assert cli("--app-key", "fd-flag-key-99", "incidents", "info", "--incident-id", "x").code == 0
    assert cli.server.seen[-1].query["app_key"] == ["fd-flag-key-99"]


def test_an_unknown_profile_is_a_usage_error(cli: Cli) -> None:
    result = cli("--profile", "nope", "incidents", "info", "--incident-id", "x")
    assert result.code == 2 and "nope" in result.stderr
    assert cli.server.seen == []


def test_no_key_at_all_is_an_auth_error_before_sending(cli: Cli) -> None:
    result = cli("incidents", "info", "--incident-id", "x", env=cli.env(FLASHDUTY_APP_KEY=None))
    assert result.code == _exit.AUTH and cli.server.seen == []
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: no credential"), result.stderr
    for way in ("--app-key", "--access-token", "FLASHDUTY_APP_KEY", "FLASHDUTY_ACCESS_TOKEN"):
        assert way in lines[0]
    assert "flashduty configure" in lines[0]


@pytest.mark.parametrize(
    "reply, code",
    [
        (error("Unauthorized", "bad key " + APP_KEY, 401), _exit.AUTH),
        (error("AccessDenied", "denied", 403), _exit.AUTH),
        (error("RouteNotFound", "no such incident", 404), _exit.NOT_FOUND),
        (error("InvalidParameter", "incident_id is bad", 400), _exit.USAGE),
        (error("RequestTooFrequently", "slow down", 429), _exit.RATE_LIMITED),
        (error("InternalError", "boom", 500), _exit.SERVER),
        (Reply(status=200, body=b"<html>proxy</html>"), _exit.SERVER),
        (error("SomethingNew", "new code", 418), _exit.API_ERROR),
    ],
)
def test_errors_are_one_line_with_their_exit_code(cli: Cli, reply: Reply, code: int) -> None:
    cli.server.script("/incident/ack", reply)
    result = cli("incidents", "ack", "--incident-ids", "x")
    assert result.code == code, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr and APP_KEY not in result.stderr
    if reply.status != 200:
        assert "req-err" in lines[0] and str(reply.status) in lines[0]


def test_connection_failure_is_exit_7(cli: Cli) -> None:
    env = cli.env(FLASHDUTY_BASE_URL="http://127.0.0.1:9")
    result = cli("incidents", "info", "--incident-id", "x", env=env)
    assert result.code == _exit.CONNECTION, result.stderr
    assert result.stderr.startswith("error: ")


def test_debug_logs_through_the_sdk_without_the_key(cli: Cli) -> None:
    cli.server.script("/incident/info", envelope({"incident_id": "x"}))
    result = cli("--debug", "incidents", "info", "--incident-id", "x")
    assert result.code == 0
    assert "/incident/info" in result.stderr
    assert APP_KEY not in result.stdout + result.stderr


def test_a_server_message_cannot_forge_lines(cli: Cli) -> None:
    cli.server.script("/incident/ack", error("RouteNotFound", "gone\nerror: fake\x1b[2J", 404))
    result = cli("incidents", "ack", "--incident-ids", "x")
    assert len(result.stderr.splitlines()) == 1 and "\x1b" not in result.stderr


def test_deprecated_commands_name_their_replacement(cli: Cli) -> None:
    help_text = cli("incidents", "update-title", "--help").stdout
    assert "DEPRECATED: use `flashduty incidents update`" in help_text
    cli.server.script("/incident/title/reset", envelope(None))
    result = cli("incidents", "update-title", "--incident-id", "x", "--title", "t")
    assert "use flashduty incidents update" in result.stderr


def test_version_and_completion(cli: Cli) -> None:
    from flashduty._version import __version__

    assert cli("--version").stdout == f"flashduty {__version__}\n"
    for shell in ("bash", "zsh", "fish"):
        script = cli("completion", shell).stdout
        assert "_FLASHDUTY_COMPLETE" in script, shell


def test_json_of_a_command_with_no_result_is_empty(cli: Cli) -> None:
    cli.server.script("/incident/ack", envelope(None))
    result = cli("incidents", "ack", "--incident-ids", "a,b")
    assert result.code == 0 and result.stdout == ""
    assert json.loads(cli.server.seen[-1].body) == {"incident_ids": ["a", "b"]}


def test_rate_limit_paces_the_walk(cli: Cli) -> None:
    pages = [
        envelope({"items": [{"incident_id": c}], "has_next_page": c != "c", "search_after_ctx": c})
        for c in "abc"
    ]
    cli.server.script("/incident/list", *pages)
    args = ("incidents", "list", "--start-time", "1", "--end-time", "2", "--all", "-o", "jsonl")
    started = time.monotonic()
    result = cli("--rate-limit", "2", *args)
    elapsed = time.monotonic() - started
    assert result.code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3
    assert elapsed >= 0.9  # the third request waits for the first's second to pass


TOKEN = "fd-access-token-1a2b3c4d5e6f"


def _info(cli: Cli, *args: str, env: dict[str, str | None]) -> tuple[str, list[str]]:
    """(the Authorization header, the app_key query values) of one call."""
    cli.server.script("/incident/info", envelope({"incident_id": "x"}))
    result = cli(*args, "incidents", "info", "--incident-id", "x", env=env)
    assert result.code == 0, result.stderr
    assert TOKEN not in result.stdout + result.stderr
    seen = cli.server.seen[-1]
    return seen.headers.get("Authorization") or "", seen.query.get("app_key", [])


def test_an_access_token_by_flag_environment_or_profile_is_the_bearer(cli: Cli) -> None:
    bearer: tuple[str, list[str]] = (f"Bearer {TOKEN}", [])
    no_key = cli.env(FLASHDUTY_APP_KEY=None)
    assert _info(cli, "--access-token", TOKEN, env=no_key) == bearer
    assert _info(cli, env=cli.env(FLASHDUTY_APP_KEY=None, FLASHDUTY_ACCESS_TOKEN=TOKEN)) == bearer
    written = cli("configure", "--access-token", "-", input=TOKEN + "\n", env=no_key)
    assert written.code == 0 and TOKEN not in written.stdout + written.stderr
    assert _info(cli, env=no_key) == bearer
    shown = cli("config", "show", env=no_key).stdout
    assert "access_token: ****" + TOKEN[-4:] in shown and TOKEN not in shown
    debug = cli("--debug", "incidents", "info", "--incident-id", "x", env=no_key)
    assert debug.code == 0 and TOKEN not in debug.stdout + debug.stderr


def test_the_first_place_holding_a_credential_decides(cli: Cli) -> None:
    cli("configure", "--app-key", OTHER_KEY)
    no_key = cli.env(FLASHDUTY_APP_KEY=None)
    # a token by flag (or environment) over the profile's key, and the other way round
    assert _info(cli, "--access-token", TOKEN, env=no_key) == (f"Bearer {TOKEN}", [])
    env_token = cli.env(FLASHDUTY_APP_KEY=None, FLASHDUTY_ACCESS_TOKEN=TOKEN)
    assert _info(cli, env=env_token) == (f"Bearer {TOKEN}", [])
    assert _info(cli, "--app-key", APP_KEY, env=env_token) == ("", [APP_KEY])
    # configuring a token replaces the profile's key
    cli("configure", "--access-token", TOKEN, env=no_key)
    assert "app_key" not in cli.config.read_text()
    assert _info(cli, env=no_key) == (f"Bearer {TOKEN}", [])


def test_two_credentials_in_one_place_are_a_usage_error(cli: Cli) -> None:
    both = cli.env(FLASHDUTY_ACCESS_TOKEN=TOKEN)
    result = cli("incidents", "info", "--incident-id", "x", env=both)
    assert result.code == 2 and "FLASHDUTY_ACCESS_TOKEN" in result.stderr
    flags = cli("--app-key", APP_KEY, "--access-token", TOKEN, "incidents", "info", "x")
    assert flags.code == 2 and "--access-token" in flags.stderr
    configure = cli("configure", "--app-key", APP_KEY, "--access-token", TOKEN)
    assert configure.code == 2 and not cli.config.exists()
    assert cli.server.seen == []
    for result in (flags, configure):
        assert TOKEN not in result.stdout + result.stderr


def test_a_config_file_others_can_read_is_warned_about(cli: Cli) -> None:
    cli("configure", "--app-key", OTHER_KEY)
    os.chmod(cli.config, 0o644)
    result = cli("config", "show")
    assert "can be read by others" in result.stderr and OTHER_KEY not in result.stderr
    cli("configure", "--base-url", cli.server.url)  # rewriting it makes it private again
    assert stat.S_IMODE(os.stat(cli.config).st_mode) == 0o600
    assert OTHER_KEY in cli.config.read_text()  # the other settings kept


def test_a_blank_access_token_is_a_usage_error_without_a_traceback(cli: Cli) -> None:
    env = cli.env(FLASHDUTY_APP_KEY=None, FLASHDUTY_ACCESS_TOKEN="   ")
    result = cli("incidents", "info", "--incident-id", "x", env=env)
    assert result.code == 2 and "access_token" in result.stderr
    assert "Traceback" not in result.stderr and cli.server.seen == []
