"""Stoplight Prism serving generated/openapi.json, for the contract and
command-line tests: one process per test run.

Prism (pinned in package.json, installed by `npm ci`) takes about 3 s of CPU
to start on the 444-operation spec. Under pytest-xdist each worker would
start its own for every file that needs one; instead the controller starts
one as the run begins (it boots while the workers start), and publishes its
address in FLASHDUTY_TEST_PRISM. A worker, or a run without xdist, that finds
no such address starts its own."""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "generated" / "openapi.json"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
PRISM_PACKAGE = ROOT / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
START_TIMEOUT = 60.0  # seconds; Prism usually answers within a few
SHARED = "FLASHDUTY_TEST_PRISM"  # "url log-path" of the run's Prism


def version() -> str:
    return str(json.loads(PRISM_PACKAGE.read_text())["version"])


def missing() -> str:
    """Why Prism cannot run here, or ""."""
    if os.access(PRISM, os.X_OK):
        return ""
    return (
        f"{PRISM.relative_to(ROOT)} is missing: the contract tests need Stoplight Prism. "
        "Run `npm ci` in the repository root (Node 20 or newer) to install it from package-lock.json."
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:
    """In the child, before exec: on Linux, have the kernel stop Prism if the
    test run itself is killed (SIGKILL, a CI timeout) and cannot clean up."""
    if sys.platform.startswith("linux"):
        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def launch(log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start Prism on a free port; it may not answer yet (see `wait_for`)."""
    port = _free_port()
    with log.open("wb") as out:
        proc = subprocess.Popen(
            # Warnings and errors only: an info line per request (~3,400 in a
            # run, read by no one) was a sixth of Prism's CPU. Violations still
            # reach each answer's sl-violations header; failures to start, the
            # log.
            [str(PRISM), "mock", str(OPENAPI), "-h", "127.0.0.1", "-p", str(port), "-v", "warn"],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, killed as a whole
            preexec_fn=_die_with_parent,
        )
    return proc, f"http://127.0.0.1:{port}"


def wait_for(url: str, log: Path, proc: subprocess.Popen[bytes] | None = None) -> None:
    """Return once Prism answers at `url`; RuntimeError with its log if it
    exits or stays silent for START_TIMEOUT."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"Prism exited with status {proc.returncode}:\n{tail(log)}")
        try:
            httpx.get(url + "/", timeout=1.0)  # any answer (a 404 too) means it is up
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"Prism did not answer on {url} within {START_TIMEOUT:.0f}s:\n{tail(log)}")


def start(log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A Prism of one's own that answers; one more try if the first fails
    (e.g. the free port was taken meanwhile)."""
    for attempt in (1, 2):
        proc, url = launch(log)
        try:
            wait_for(url, log, proc)
            return proc, url
        except RuntimeError:
            stop(proc)
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def stop(proc: subprocess.Popen[bytes]) -> None:
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


def launch_shared() -> subprocess.Popen[bytes] | None:
    """In the controller of a distributed run: start the run's Prism and
    publish its address to the workers it is about to start."""
    if SHARED in os.environ or missing():
        return None
    log = Path(tempfile.mkdtemp(prefix="flashduty-prism-")) / "prism.log"
    proc, url = launch(log)
    os.environ[SHARED] = f"{url} {log}"
    return proc


@contextmanager
def running(log: Path) -> Iterator[tuple[str, Path]]:
    """(address, log) of the run's Prism if the controller started one, else
    of one of our own, stopped after the block; RuntimeError if it does not
    answer."""
    found = shared()
    if found is not None:
        yield found
        return
    proc, url = start(log)
    try:
        yield url, log
    finally:
        stop(proc)


def shared() -> tuple[str, Path] | None:
    """The run's Prism, once it answers, if the controller started one."""
    published = os.environ.get(SHARED)
    if not published:
        return None
    url, log = published.split(" ", 1)
    wait_for(url, Path(log))
    return url, Path(log)


def forget_shared() -> None:
    """After the run: its Prism's log folder goes, and the address with it."""
    published = os.environ.pop(SHARED, "")
    if published:
        shutil.rmtree(Path(published.split(" ", 1)[1]).parent, ignore_errors=True)
