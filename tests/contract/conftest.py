"""Contract tests: the client against Stoplight Prism serving generated/openapi.json.

Under pytest-xdist (`make test` runs `--dist loadfile`) a test file runs in
one worker: test_prism.py's tally of exercised operations sees all of them.

Prism (pinned in package.json, installed by `npm ci`) is started once per
session, from node_modules/.bin/prism, on a free port of 127.0.0.1, in static
mode: it answers each operation's response example and reports, in the
`sl-violations` header, whatever in the request or in that example does not
match the spec."""

from __future__ import annotations

import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from ..examples import OPENAPI, ROOT, operations

PRISM = ROOT / "node_modules" / ".bin" / "prism"
PRISM_PACKAGE = ROOT / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
START_TIMEOUT = 60.0  # seconds; Prism usually answers within a few


@dataclass
class Prism:
    url: str
    version: str
    log: Path


@dataclass
class Tally:
    """Which operations were called through Prism in this session."""

    exercised: set[str] = field(default_factory=set)
    started: bool = False
    version: str = ""  # of the Prism that answered
    problem: str = ""  # why Prism could not be started


TALLY = pytest.StashKey[Tally]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[TALLY] = Tally()


@pytest.fixture(scope="session")
def tally(pytestconfig: pytest.Config) -> Tally:
    return pytestconfig.stash[TALLY]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop Prism and anything it forked: it leads its own process group."""
    if proc.poll() is not None:
        return
    for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=grace)
            break
        except subprocess.TimeoutExpired:
            continue


def _die_with_parent() -> None:
    """In the child, before exec: on Linux, have the kernel stop Prism if the
    test run itself is killed (SIGKILL, a CI timeout) and cannot clean up."""
    if sys.platform.startswith("linux"):
        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _start(log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(PRISM), "mock", str(OPENAPI), "-h", "127.0.0.1", "-p", str(port)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, killed as a whole
            preexec_fn=_die_with_parent,
        )
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"Prism exited with status {proc.returncode}:\n{_tail(log)}")
        try:
            httpx.get(url + "/", timeout=1.0)  # any answer (a 404 too) means it is up
            return proc, url
        except httpx.TransportError:
            time.sleep(0.2)
    _stop(proc)
    raise RuntimeError(f"Prism did not answer on {url} within {START_TIMEOUT:.0f}s:\n{_tail(log)}")


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory, tally: Tally) -> Iterator[Prism]:
    if not os.access(PRISM, os.X_OK):
        tally.problem = (
            f"{PRISM.relative_to(ROOT)} is missing: the contract tests need Stoplight Prism. "
            "Run `npm ci` in the repository root (Node 20 or newer) to install it from package-lock.json."
        )
        pytest.fail(tally.problem, pytrace=False)
    version = json.loads(PRISM_PACKAGE.read_text())["version"]
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    try:
        proc, url = _start(log)
    except RuntimeError as first:  # e.g. the free port was taken meanwhile: one more try
        try:
            proc, url = _start(log)
        except RuntimeError:
            tally.problem = f"Prism did not start: {first}"
            pytest.fail(tally.problem, pytrace=False)
    tally.started, tally.version = True, version
    try:
        yield Prism(url=url, version=version, log=log)
    finally:
        _stop(proc)


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    tally = config.stash.get(TALLY, None)
    if tally is None:
        return
    if tally.problem:
        terminalreporter.write_line(f"contract: not run: {tally.problem}", red=True)
        return
    if not tally.started:
        return
    total = sum(1 for _ in operations())
    terminalreporter.write_line(
        f"contract: {len(tally.exercised)} of {total} operations exercised against Prism {tally.version}"
    )
