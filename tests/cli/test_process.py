"""The command as a process: `python -m flashduty` and the console script,
against a real server on 127.0.0.1 and against the Prism mock of the spec."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from ..conftest import APP_KEY
from .. import prism
from ..server import MockServer, envelope
from .conftest import run_process

INCIDENT = {
    "incident_id": "69da451ef77b1b51f40e83ee",
    "title": "CPU high",
    "start_time": 1775912219,
}


def test_python_dash_m_against_a_local_server(server: MockServer, tmp_path: Path) -> None:
    server.script("/incident/info", envelope(INCIDENT, request_id="req-42"))
    env = {
        "FLASHDUTY_APP_KEY": APP_KEY,
        "FLASHDUTY_BASE_URL": server.url,
        "FLASHDUTY_CONFIG": str(tmp_path / "c.ini"),
    }
    done = run_process(["incidents", "info", "--incident-id", "x"], env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == INCIDENT  # piped: JSON
    assert server.seen[-1].json() == {"incident_id": "x"}
    assert APP_KEY not in done.stdout + done.stderr


def test_the_console_script_is_installed_and_says_its_version() -> None:
    script = Path(sys.executable).parent / "flashduty"
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("flashduty ")


def test_usage_error_exit_code_as_a_process(tmp_path: Path) -> None:
    done = run_process(["incidents", "info"], {"FLASHDUTY_CONFIG": str(tmp_path / "c.ini")})
    assert done.returncode == 2 and "--incident-id" in done.stderr


@pytest.fixture(scope="module")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    problem = prism.missing()
    if problem:
        pytest.fail(problem, pytrace=False)
    with prism.running(tmp_path_factory.mktemp("prism-cli") / "prism.log") as (url, _):
        yield url


@pytest.mark.parametrize(
    "args",
    [
        ["incidents", "info", "--incident-id", "69da451ef77b1b51f40e83ee"],
        ["incidents", "list", "--start-time", "1711900800", "--end-time", "1712000000"],
        ["channels", "list", "--max-items", "3"],
        ["events", "push-alert", "--integration-key", "int-key-0123456789", "--title-rule", "cpu",
         "--event-status", "Critical", "--labels", '{"host": "db1"}'],
    ],
)  # fmt: skip
def test_against_prism(prism_url: str, args: list[str], tmp_path: Path) -> None:
    env = {
        "FLASHDUTY_APP_KEY": APP_KEY,
        "FLASHDUTY_BASE_URL": prism_url,
        "FLASHDUTY_CONFIG": str(tmp_path / "c.ini"),
    }
    done = run_process([*args, "-o", "json"], env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) is not None
    assert "Traceback" not in done.stderr


def test_webhooks_listen_prints_each_parsed_delivery(tmp_path: Path) -> None:
    full = {k: v for k, v in os.environ.items() if not k.startswith("FLASHDUTY_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "flashduty", "webhooks", "listen", "--port", "0", "--count", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=full,
    )
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        url = line.split("listening on ", 1)[1].split()[0]
        event = {"event_type": "i_new", "event_id": "ev-1", "incident": {"title": "CPU high"}}
        assert httpx.post(url, content=b"{not json").status_code == 400
        assert httpx.post(url, json=event).status_code == 200
        assert httpx.post(url, json={**event, "event_id": "ev-2"}).status_code == 200
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    events = [json.loads(line) for line in out.splitlines()]
    assert [e["event_id"] for e in events] == ["ev-1", "ev-2"]
    assert events[0]["incident"]["title"] == "CPU high"
    assert err.startswith("error: ") and "Traceback" not in err
