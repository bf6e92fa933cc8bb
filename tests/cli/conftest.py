"""The command line run in-process through click's test runner (`invoke`),
or as a real process (`run_process`), against a real local server."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

import pytest
from click.testing import CliRunner

from flashduty._cli._app import run

from ..conftest import APP_KEY
from ..server import MockServer

ROOT = Path(__file__).resolve().parents[2]
# Every variable the CLI reads, unset unless a test sets it.
CLEAN = {
    name: None
    for name in (
        "FLASHDUTY_APP_KEY",
        "FLASHDUTY_ACCESS_TOKEN",
        "FLASHDUTY_BASE_URL",
        "FLASHDUTY_INTEGRATION_KEY",
        "FLASHDUTY_PROFILE",
        "FLASHDUTY_OUTPUT",
        "FLASHDUTY_LOG",
        "NO_COLOR",
    )
}


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


@dataclass
class Cli:
    server: MockServer
    config: Path

    def env(self, **extra: str | None) -> dict[str, str | None]:
        return {
            **CLEAN,
            "FLASHDUTY_CONFIG": str(self.config),
            "FLASHDUTY_APP_KEY": APP_KEY,
            "FLASHDUTY_BASE_URL": self.server.url,
            **extra,
        }

    def __call__(
        self, *args: str, input: str | None = None, env: Mapping[str, str | None] | None = None
    ) -> Result:
        """`flashduty ARGS` in this process; stdout is not a terminal."""
        runner = CliRunner()
        with runner.isolation(input=input, env=dict(env or self.env())) as (out, err, _):
            try:
                run(["--max-retries", "0", *args])
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            sys.stdout.flush()
            sys.stderr.flush()
            stdout = out.getvalue().decode("utf-8", "replace")
            stderr = err.getvalue().decode("utf-8", "replace")
        return Result(code, stdout, stderr)


@pytest.fixture
def cli(server: MockServer, tmp_path: Path) -> Iterator[Cli]:
    yield Cli(server, tmp_path / "config" / "config.ini")


def run_process(
    args: list[str], env: Mapping[str, str], timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """`python -m flashduty ARGS` as a fresh process."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("FLASHDUTY_")}
    full.update(env)
    return subprocess.run(
        [sys.executable, "-m", "flashduty", *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=timeout,
        cwd=ROOT,
    )
