"""What the SDK's newer shapes mean on the command line: nullable options
and `--null`, NDJSON streams printed as they arrive or written with `--out`,
an operation's own bearer secret (flag, environment, stdin), path and header
parameters."""

from __future__ import annotations

import json
from pathlib import Path

from ..server import Reply, envelope
from .conftest import Cli

TOKEN = "trigger-secret-5f1e9a7c3b2d"
NDJSON = (
    b'{"type":"session_meta","session_id":"s1"}\n'
    b"\n"
    b'{"event_id":"e1","session_id":"s1","author":"user","created_at":1780367971241}\n'
)


def test_a_nullable_option_reads_its_scalar_and_null_is_named(cli: Cli) -> None:
    cli.server.script("/status-page/update", envelope(None))
    args = ("status-pages", "update", "--page-id", "7")
    assert cli(*args, "--name", "null", "--null", "logo").code == 0
    assert json.loads(cli.server.seen[-1].body) == {"page_id": 7, "name": "null", "logo": None}
    assert cli(*args, "--null", "name", "--null", "page-title").code == 0
    assert json.loads(cli.server.seen[-1].body) == {
        "page_id": 7,
        "name": None,
        "page_title": None,
    }
    # null in --data too, and an option beside it wins
    result = cli(*args, "--data", '{"logo": null, "name": "a"}', "--name", "b")
    assert result.code == 0, result.stderr
    assert json.loads(cli.server.seen[-1].body) == {"page_id": 7, "logo": None, "name": "b"}


def test_null_with_a_value_or_on_a_field_that_is_not_nullable_is_refused(cli: Cli) -> None:
    args = ("status-pages", "update", "--page-id", "7")
    both = cli(*args, "--name", "x", "--null", "name")
    assert both.code == 2 and "--null name" in both.stderr and "--name" in both.stderr
    other = cli(*args, "--null", "page-id")
    assert other.code == 2 and "page-id" in other.stderr
    assert cli.server.seen == []
    help_text = cli("status-pages", "update", "--help").stdout
    assert "--null name sends null" in " ".join(help_text.split())


def test_a_stream_prints_its_records_as_json_lines(cli: Cli) -> None:
    reply = Reply(body=NDJSON, headers={"Content-Type": "application/x-ndjson"})
    cli.server.script("/safari/session/export", reply)
    result = cli("ai-sre", "sessions", "export", "--session-id", "s1")
    assert result.code == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"type": "session_meta", "session_id": "s1"},
        {"event_id": "e1", "session_id": "s1", "author": "user", "created_at": 1780367971241},
    ]
    assert json.loads(cli.server.seen[-1].body) == {"session_id": "s1"}
    picked = cli("ai-sre", "sessions", "export", "--session-id", "s1", "--fields", "session_id")
    assert picked.stdout == '{"session_id": "s1"}\n' * 2


def test_a_stream_goes_to_a_file_as_sent(cli: Cli, tmp_path: Path) -> None:
    reply = Reply(body=NDJSON, headers={"Content-Type": "application/x-ndjson"})
    cli.server.script("/safari/session/export", reply)
    target = tmp_path / "session.ndjson"
    result = cli("ai-sre", "sessions", "export", "--session-id", "s1", "--out", str(target))
    assert result.code == 0, result.stderr
    assert target.read_bytes() == NDJSON and result.stdout == ""
    assert [p.name for p in tmp_path.iterdir()] == ["session.ndjson"]  # no temporary left
    raw = cli("ai-sre", "sessions", "export", "--session-id", "s1", "--out", "-")
    assert raw.stdout.encode() == NDJSON


def test_a_stream_that_fails_midway_is_one_error_line(cli: Cli, tmp_path: Path) -> None:
    body = NDJSON + b'{"error":{"code":"InternalError","message":"stream broke"}}\n'
    reply = Reply(body=body, headers={"Content-Type": "application/x-ndjson"})
    cli.server.script("/safari/session/export", reply)
    result = cli("ai-sre", "sessions", "export", "--session-id", "s1")
    assert result.code != 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "stream broke" in lines[0] and "Traceback" not in result.stderr


def _fire(
    cli: Cli,
    *extra: str,
    env: dict[str, str | None] | None = None,
    input: str = "",
    root: tuple[str, ...] = (),
) -> str:
    path = "/safari/automation/triggers/atrig_1/fire"
    cli.server.script(path, envelope({"type": "routine_fire", "session_id": "s9"}))
    args = ("ai-sre", "automations", "triggers", "fire", "atrig_1", "--text", "disk full")
    result = cli(*root, *args, *extra, env=env or cli.env(), input=input)
    assert result.code == 0, result.stderr
    assert TOKEN not in result.stdout + result.stderr  # --debug logs the request too
    seen = cli.server.seen[-1]
    assert seen.path == path and json.loads(seen.body) == {"text": "disk full"}
    assert "app_key" not in seen.query  # the client's key never goes to the trigger
    return seen.headers.get("Authorization") or ""


def test_a_trigger_token_by_flag_environment_or_stdin_is_only_the_bearer(cli: Cli) -> None:
    assert _fire(cli, "--trigger-token", TOKEN) == f"Bearer {TOKEN}"
    env = cli.env(FLASHDUTY_TRIGGER_TOKEN=TOKEN)
    assert _fire(cli, env=env) == f"Bearer {TOKEN}"
    assert _fire(cli, "--trigger-token", "-", input=TOKEN + "\n") == f"Bearer {TOKEN}"
    cli("configure", "--app-key", "fd-some-app-key-0000")
    with cli.config.open("a") as handle:
        handle.write(f"trigger_token = {TOKEN}\n")
    assert _fire(cli) == f"Bearer {TOKEN}"
    assert _fire(cli, "--trigger-token", TOKEN, root=("--debug",)) == f"Bearer {TOKEN}"


def test_a_missing_trigger_token_names_every_way_to_give_it(cli: Cli) -> None:
    result = cli("ai-sre", "automations", "triggers", "fire", "atrig_1")
    assert result.code == 2 and "--trigger-token" in result.stderr
    assert "FLASHDUTY_TRIGGER_TOKEN" in result.stderr and cli.server.seen == []


def test_path_and_header_parameters(cli: Cli) -> None:
    path = "/monit/prometheus/api/v1/label/job%2Fname/values"
    answer = {"status": "success", "data": ["api", "db"]}
    cli.server.script(
        path, Reply(body=json.dumps(answer).encode(), headers={"Content-Type": "application/json"})
    )
    result = cli(
        "monitors", "data-sources", "prometheus", "label-values",
        "--label-name", "job/name", "--data-source-id", "10",
    )  # fmt: skip
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout) == answer  # outside the envelope, as sent
    seen = cli.server.seen[-1]
    assert seen.path == path and seen.headers.get("X-DSID") == "10"
    bad = cli(
        "monitors", "data-sources", "prometheus", "label-values",
        "--label-name", "job", "--data-source-id", "ten",
    )  # fmt: skip
    assert bad.code == 2 and "--data-source-id" in bad.stderr


def test_an_operation_answering_a_stream_or_its_envelope_prints_either(cli: Cli) -> None:
    args = ("rum", "session-replays", "segments", "--session-id", "v1")
    line = b'{"type":4,"timestamp":1775961800000,"data":{"width":1280}}\n'
    cli.server.script(
        "/rum/session-replay/segments",
        Reply(body=line * 2, headers={"Content-Type": "application/x-ndjson"}),
        envelope({"items": [{"start": 1, "end": 2}]}),
    )
    records = cli(*args)
    assert records.code == 0, records.stderr
    assert [json.loads(x) for x in records.stdout.splitlines()] == [json.loads(line)] * 2
    urls = cli(*args, "--url-mode")
    assert urls.code == 0, urls.stderr
    assert json.loads(urls.stdout) == {"items": [{"start": 1, "end": 2}]}
    assert json.loads(cli.server.seen[-1].body) == {"session_id": "v1", "url_mode": True}
