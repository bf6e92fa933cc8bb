"""Contract tests: the client against Stoplight Prism serving generated/openapi.json.

Under pytest-xdist (`make test` runs `--dist loadfile`) a test file runs in
one worker: test_prism.py's tally of exercised operations sees all of them.

Prism runs in static mode (see tests/prism.py for where it comes from and
when it starts): it answers each operation's response example and reports,
in the `sl-violations` header, whatever in the request or in that example
does not match the spec."""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pytest

from .. import prism as run
from ..examples import operations


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


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory, tally: Tally) -> Iterator[Prism]:
    tally.problem = run.missing()
    if tally.problem:
        pytest.fail(tally.problem, pytrace=False)
    with ExitStack() as stack:
        try:
            url, log = stack.enter_context(
                run.running(tmp_path_factory.mktemp("prism") / "prism.log")
            )
        except RuntimeError as problem:
            tally.problem = f"Prism did not start: {problem}"
            pytest.fail(tally.problem, pytrace=False)
        tally.started, tally.version = True, run.version()
        yield Prism(url=url, version=tally.version, log=log)


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
