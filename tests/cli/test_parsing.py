"""Options to request bodies: scalars, lists, JSON and @file, --data, times,
and the usage errors (exit 2) that name what was wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashduty._cli._values import BadValue, parse_time

from ..server import envelope
from .conftest import Cli

NOW = 1_775_000_000.0


@pytest.mark.parametrize(
    "text, unit, expected",
    [
        ("1775912219", "seconds", 1775912219),
        ("1775912219000", "seconds", 1775912219),  # milliseconds given, seconds wanted
        ("1775912219", "milliseconds", 1775912219000),
        ("2026-04-01", "seconds", 1775001600),
        ("2026-04-01T08:00:00Z", "seconds", 1775030400),
        ("2026-04-01T16:00:00+08:00", "milliseconds", 1775030400000),
        ("now", "seconds", 1775000000),
        ("24h", "seconds", 1775000000 - 86400),
        ("7d", "milliseconds", (1775000000 - 7 * 86400) * 1000),
        ("1h30m", "seconds", 1775000000 - 5400),
    ],
)
def test_times(text: str, unit: str, expected: int) -> None:
    assert parse_time(text, unit, now=NOW) == expected


@pytest.mark.parametrize("text", ["yesterday", "2026-04-01T08:00:00", "24x", ""])
def test_bad_times_say_what_is_accepted(text: str) -> None:
    with pytest.raises(BadValue, match="time|zone"):
        parse_time(text, "seconds", now=NOW)


def test_scalars_lists_and_times_reach_the_body(cli: Cli) -> None:
    cli.server.script("/incident/list", envelope({"items": [], "has_next_page": False}))
    result = cli(
        "incidents", "list",
        "--start-time", "2026-04-01", "--end-time", "2026-04-02T00:00:00Z",
        "--channel-ids", "1,2", "--channel-ids", "3",
        "--incident-ids", '["a,b", "c"]',
        "--limit", "5", "--asc",
    )  # fmt: skip
    assert result.code == 0, result.stderr
    assert cli.server.seen[-1].json() == {
        "start_time": 1775001600,
        "end_time": 1775088000,
        "asc": True,
        "channel_ids": [1, 2, 3],
        "incident_ids": ["a,b", "c"],
        "limit": 5,
    }


def test_data_from_a_file_merged_with_options_that_win(cli: Cli, tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"incident_id": "from-file"}))
    cli.server.script("/incident/info", envelope({"incident_id": "x"}))
    assert cli("incidents", "info", "--data", f"@{body}").code == 0
    assert cli.server.seen[-1].json() == {"incident_id": "from-file"}
    assert cli("incidents", "info", "--data", f"@{body}", "--incident-id", "opt").code == 0
    assert cli.server.seen[-1].json() == {"incident_id": "opt"}


def test_data_from_stdin(cli: Cli) -> None:
    cli.server.script("/incident/info", envelope({"incident_id": "x"}))
    result = cli("incidents", "info", "--data", "-", input='{"incident_id": "stdin"}')
    assert result.code == 0, result.stderr
    assert cli.server.seen[-1].json() == {"incident_id": "stdin"}


def test_nested_objects_as_json_from_a_file(cli: Cli, tmp_path: Path) -> None:
    labels = tmp_path / "labels.json"
    labels.write_text('{"host": "db1"}')
    cli.server.script("/event/push/alert/standard", envelope({"alert_key": "k1"}))
    result = cli(
        "events", "push-alert", "--integration-key", "ik-secret-0123456789",
        "--title-rule", "cpu", "--event-status", "Critical", "--labels", f"@{labels}",
    )  # fmt: skip
    assert result.code == 0, result.stderr
    seen = cli.server.seen[-1]
    assert seen.json()["labels"] == {"host": "db1"}
    assert seen.query["integration_key"] == ["ik-secret-0123456789"]


@pytest.mark.parametrize(
    "args, named",
    [
        (["incidents", "info"], "--incident-id"),
        (["incidents", "info", "--incident-idd", "x"], "--incident-idd"),
        (["incidents", "list", "--start-time", "soon", "--end-time", "now"], "--start-time"),
        (["incidents", "list", "--start-time", "1", "--end-time", "2", "--limit", "ten"], "--limit"),
        (["events", "push-alert", "--integration-key", "k", "--title-rule", "t",
          "--event-status", "Bad"], "--event-status"),
        (["incidents", "info", "--data", '{"incident_id": "x", "nope": 1}'], "nope"),
        (["incidents", "info", "--data", "{oops"], "--data"),
        (["incidents", "info", "--data", "@/no/such/file.json"], "/no/such/file.json"),
        (["incidents", "nothing"], "nothing"),
    ],
)  # fmt: skip
def test_usage_errors_name_the_option_and_send_nothing(
    cli: Cli, args: list[str], named: str
) -> None:
    result = cli(*args)
    assert result.code == 2, (result.stdout, result.stderr)
    assert named in result.stderr
    assert "Traceback" not in result.stderr
    assert cli.server.seen == []


def test_the_sdk_checks_nested_objects_before_sending(cli: Cli) -> None:
    result = cli(
        "incidents", "assign", "--incident-id", "x", "--assigned-to", '{"person_idz": [1]}'
    )
    assert result.code == 2, (result.stdout, result.stderr)
    assert "person_idz" in result.stderr
    assert cli.server.seen == []


def test_integration_key_from_the_environment(cli: Cli) -> None:
    cli.server.script("/event/push/alert/standard", envelope({"alert_key": "k1"}))
    env = cli.env(FLASHDUTY_INTEGRATION_KEY="ik-from-env-0123456789")
    result = cli("events", "push-alert", "--title-rule", "t", "--event-status", "Ok", env=env)
    assert result.code == 0, result.stderr
    assert cli.server.seen[-1].query["integration_key"] == ["ik-from-env-0123456789"]
    assert "ik-from-env" not in result.stdout + result.stderr


def test_ids_as_arguments(cli: Cli) -> None:
    cli.server.script("/incident/ack", envelope(None))
    assert cli("incidents", "ack", "a1", "b2,c3").code == 0
    assert cli.server.seen[-1].json() == {"incident_ids": ["a1", "b2", "c3"]}
    cli.server.script("/incident/info", envelope({"incident_id": "x"}))
    assert cli("incidents", "info", "69da451ef77b1b51f40e83ee").code == 0
    assert cli.server.seen[-1].json() == {"incident_id": "69da451ef77b1b51f40e83ee"}
    both = cli("incidents", "ack", "a1", "--incident-ids", "b2")
    assert both.code == 2 and "not both" in both.stderr
    assert len(cli.server.seen) == 2
