"""A real terminal (tmux): a person types commands and reads the screen.
Table by default on a terminal, bold header there and no escape codes when
piped, and tab completion of commands, options and enum values in bash."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Callable, Iterator

import pytest

from ..conftest import APP_KEY
from ..server import MockServer, envelope

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)"
)

INCIDENT: dict[str, str | int] = {
    "incident_id": "69da451ef77b1b51f40e83ee",
    "title": "CPU high",
    "start_time": 1775912219,
}


class Terminal:
    def __init__(self, name: str):
        self.name = name

    def tmux(self, *args: str) -> str:
        done = subprocess.run(["tmux", *args], capture_output=True, text=True, timeout=30)
        return done.stdout

    def type(self, keys: str, enter: bool = True) -> None:
        self.tmux("send-keys", "-t", self.name, "-l", keys)
        if enter:
            self.tmux("send-keys", "-t", self.name, "Enter")

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.tmux("send-keys", "-t", self.name, "Tab")
            time.sleep(0.3)

    def screen(self, escapes: bool = False) -> str:
        return self.tmux("capture-pane", "-p", *(["-e"] if escapes else []), "-t", self.name)

    def wait(self, done: Callable[[str], bool], escapes: bool = False, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.screen(escapes)
            if done(text):
                return text
            time.sleep(0.2)
        raise AssertionError(f"the screen never showed it:\n{self.screen(escapes)}")


@pytest.fixture
def terminal(server: MockServer, tmp_path: Path) -> Iterator[Terminal]:
    name = f"fd-cli-{uuid.uuid4().hex[:8]}"
    bin_dir = Path(sys.executable).parent
    env = {
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "FLASHDUTY_APP_KEY": APP_KEY,
        "FLASHDUTY_BASE_URL": server.url,
        "FLASHDUTY_CONFIG": str(tmp_path / "config.ini"),
        "TERM": "xterm-256color",
        "PS1": "$ ",
        "HOME": str(tmp_path),
    }
    command = ["env", "-i", *(f"{k}={v}" for k, v in env.items()), "bash", "--norc", "--noprofile"]
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", "160", "-y", "40", *command],
        check=True,
        timeout=30,
    )
    term = Terminal(name)
    try:
        term.wait(lambda s: "$" in s)
        yield term
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True, timeout=30)


def test_a_table_on_the_terminal_json_when_piped(terminal: Terminal, server: MockServer) -> None:
    server.script(
        "/incident/list", envelope({"items": [INCIDENT, {**INCIDENT, "incident_id": "b" * 24}]})
    )
    terminal.type(
        "flashduty incidents list --start-time 24h --end-time now --fields incident_id,title,start_time"
    )
    screen = terminal.wait(lambda s: "START_TIME" in s, escapes=True)
    lines = [line for line in terminal.screen().splitlines() if line.strip()]
    head = next(i for i, line in enumerate(lines) if "INCIDENT_ID" in line)
    assert lines[head].split() == ["INCIDENT_ID", "TITLE", "START_TIME"]
    assert lines[head + 1].split() == [
        INCIDENT["incident_id"],
        "CPU",
        "high",
        "2026-04-11T12:56:59Z",
    ]
    assert lines[head + 2].split()[0] == "b" * 24
    # columns line up under their heads
    assert lines[head + 1].index("2026-") == lines[head].index("START_TIME")
    assert "\x1b[1m" in screen  # bold head: a terminal

    terminal.type(
        "clear; flashduty incidents list --start-time 24h --end-time now | cat; echo DONE-$((1+1))"
    )
    piped = terminal.wait(lambda s: "DONE-2" in s, escapes=True)
    output = piped[: piped.index("DONE-2")]  # clear ran: only the output is left
    assert output.count(str(INCIDENT["incident_id"])) == 1 and '"incident_id"' in output  # JSON
    assert "\x1b[1m" not in output and "INCIDENT_ID" not in output
    terminal.type(
        "clear; flashduty incidents list --start-time 24h --end-time now -o table | cat; echo DONE-$((2+2))"
    )
    piped = terminal.wait(lambda s: "DONE-4" in s, escapes=True)
    output = piped[: piped.index("DONE-4")]  # clear ran: only the output is left
    assert "INCIDENT_ID" in output and "\x1b[1m" not in output  # a table, no colour


def test_tab_completes_commands_options_and_enum_values(terminal: Terminal) -> None:
    terminal.type('eval "$(flashduty completion bash)"')
    terminal.type("clear")
    terminal.type("flashduty incid", enter=False)
    terminal.tab()
    terminal.wait(lambda s: "flashduty incidents" in s)
    terminal.type(" in", enter=False)
    terminal.tab(2)
    terminal.wait(lambda s: "info" in s)
    terminal.tmux("send-keys", "-t", terminal.name, "C-u")
    terminal.type("clear")
    terminal.type("flashduty events push-alert --event-status ", enter=False)
    terminal.tab(2)
    screen = terminal.wait(lambda s: "Critical" in s and "Warning" in s)
    assert "Ok" in screen
