"""Formats, projection, times in tables, truncation, pages and downloads."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import yaml

from ..server import Reply, envelope
from .conftest import Cli

INCIDENT = {
    "incident_id": "69da451ef77b1b51f40e83ee",
    "title": "CPU usage high on web-server-01 " + "x" * 80,
    "start_time": 1775912219,
    "progress": "Triggered",
    "labels": {"host": "web-01"},
}


def page(items: list[dict[str, object]], more: bool, cursor: str = "") -> Reply:
    data: dict[str, object] = {"items": items, "has_next_page": more, "total": 3}
    if cursor:
        data["search_after_ctx"] = cursor
    return envelope(data)


LIST = ("incidents", "list", "--start-time", "7d", "--end-time", "now")


def test_json_when_piped_is_the_api_object(cli: Cli) -> None:
    cli.server.script("/incident/info", envelope(INCIDENT))
    result = cli("incidents", "info", "--incident-id", "x")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout) == INCIDENT  # times raw in JSON


def test_fields_project_every_format(cli: Cli) -> None:
    cli.server.script("/incident/info", envelope(INCIDENT))
    fields = ("--fields", "incident_id,labels.host")
    one = json.loads(cli("incidents", "info", "--incident-id", "x", *fields).stdout)
    assert one == {"incident_id": INCIDENT["incident_id"], "labels.host": "web-01"}
    as_yaml = yaml.safe_load(
        cli("incidents", "info", "--incident-id", "x", "-o", "yaml", *fields).stdout
    )
    assert as_yaml == one
    rows = list(
        csv.reader(
            io.StringIO(cli("incidents", "info", "--incident-id", "x", "-o", "csv", *fields).stdout)
        )
    )
    assert rows == [["incident_id", "labels.host"], [INCIDENT["incident_id"], "web-01"]]


def test_table_shows_times_as_rfc3339_and_truncates(cli: Cli) -> None:
    cli.server.script("/incident/list", page([INCIDENT], False))
    out = cli(*LIST, "-o", "table", "--fields", "incident_id,start_time,title").stdout
    head, row = out.splitlines()
    assert head.split() == ["INCIDENT_ID", "START_TIME", "TITLE"]
    assert "2026-04-11T12:56:59Z" in row
    assert row.endswith("…") and "x" * 80 not in row
    assert "\x1b[" not in out  # no colour: not a terminal
    full = cli(*LIST, "-o", "table", "--no-trunc", "--fields", "title").stdout
    assert "x" * 80 in full


def test_csv_shows_times_as_rfc3339(cli: Cli) -> None:
    cli.server.script("/incident/list", page([INCIDENT], False))
    rows = list(csv.reader(io.StringIO(cli(*LIST, "-o", "csv", "--fields", "start_time").stdout)))
    assert rows == [["start_time"], ["2026-04-11T12:56:59Z"]]


def test_all_walks_every_page_as_jsonl_and_the_cap_stops(cli: Cli) -> None:
    cli.server.script(
        "/incident/list",
        page([{**INCIDENT, "incident_id": "a"}], True, "c1"),
        page([{**INCIDENT, "incident_id": "b"}], True, "c2"),
        page([{**INCIDENT, "incident_id": "c"}], False),
    )
    result = cli(*LIST, "--all", "-o", "jsonl", "--fields", "incident_id")
    assert result.code == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"incident_id": i} for i in "abc"
    ]
    assert [s.json().get("search_after_ctx") for s in cli.server.seen] == [None, "c1", "c2"]


def test_max_items_stops_early(cli: Cli) -> None:
    items = [{**INCIDENT, "incident_id": str(i)} for i in range(2)]
    cli.server.script("/incident/list", page(items, True, "c1"), page(items, True, "c2"))
    result = cli(*LIST, "--max-items", "3", "-o", "jsonl", "--fields", "incident_id")
    assert result.code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3
    assert len(cli.server.seen) == 2


def test_without_all_one_page(cli: Cli) -> None:
    cli.server.script("/incident/list", page([INCIDENT], True, "c1"))
    assert len(json.loads(cli(*LIST).stdout)) == 1
    assert len(cli.server.seen) == 1


def test_a_repeated_cursor_is_exit_8(cli: Cli) -> None:
    cli.server.script("/incident/list", page([INCIDENT], True, "same"))
    result = cli(*LIST, "--all", "-o", "jsonl")
    assert result.code == 8, result.stderr
    assert result.stderr.startswith("error: ") and "same cursor" in result.stderr


def test_download_to_a_file_and_to_stdout(cli: Cli, tmp_path: Path) -> None:
    body = b"id,name\n1,\xe2\x9c\x93\n"
    csv_reply = Reply(body=body, headers={"Content-Type": "text/csv"})
    cli.server.script("/status-page/subscriber/export", csv_reply)
    target = tmp_path / "subs.csv"
    result = cli("status-pages", "subscribers", "export", "--page-id", "1", "--out", str(target))
    assert result.code == 0, result.stderr
    assert target.read_bytes() == body and result.stdout == ""
    to_stdout = cli("status-pages", "subscribers", "export", "--page-id", "1")
    assert to_stdout.stdout.encode() == body


def test_own_options_move_aside_for_api_arguments(cli: Cli) -> None:
    cli.server.script("/insight/incident/list", page([INCIDENT], False))
    result = cli(
        "analytics", "incidents", "list", "--start-time", "1", "--end-time", "2",
        "--fields", '{"env": "prod"}', "--select", "incident_id",
    )  # fmt: skip
    assert result.code == 0, result.stderr
    assert cli.server.seen[-1].json()["fields"] == {"env": "prod"}
    assert json.loads(result.stdout) == [{"incident_id": INCIDENT["incident_id"]}]


def test_wide_tables_fit_the_terminal_widest_column_first() -> None:
    from flashduty._cli._output import fit

    assert fit([10, 40, 20], 200) == [10, 40, 20]
    narrowed = fit([10, 40, 20], 50)
    assert sum(narrowed) + 4 == 50 and narrowed[0] == 10
    assert fit([10, 10], 5) == [8, 8]  # never below the floor
