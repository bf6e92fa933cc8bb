from __future__ import annotations

import gc
import subprocess
from typing import Iterator

import pytest

import flashduty

from . import prism
from .server import MockServer

APP_KEY = "fd-app-key-7f3a9c1e5b"  # a fake key; tests assert it never leaks


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer() as srv:
        yield srv


@pytest.fixture
def client(server: MockServer) -> Iterator[flashduty.Flashduty]:
    # Short backoff keeps retry tests fast; the policy itself is tested apart.
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, timeout=5.0) as c:
        c.backoff = type(c.backoff)(initial=0.01, maximum=0.05, retry_after_cap=0.2)
        yield c


@pytest.fixture
async def aclient(server: MockServer):  # type: ignore[no-untyped-def]
    async with flashduty.AsyncFlashduty(app_key=APP_KEY, base_url=server.url, timeout=5.0) as c:
        c.backoff = type(c.backoff)(initial=0.01, maximum=0.05, retry_after_cap=0.2)
        yield c


# What needs the Prism mock (tests/prism.py): a distributed run covering any
# of these starts one for all its workers.
PRISM_USERS = ("tests/contract", "tests/cli/test_process.py")
SHARED_PRISM = pytest.StashKey[subprocess.Popen[bytes] | None]()


def _runs_prism_users(config: pytest.Config) -> bool:
    root = config.rootpath
    wanted = [root / user for user in PRISM_USERS]
    for arg in config.args or [str(root)]:
        path = (config.invocation_params.dir / arg.split("::")[0]).resolve()
        if any(path == user or path in user.parents or user in path.parents for user in wanted):
            return True
    return False


def pytest_configure(config: pytest.Config) -> None:
    distributed = getattr(config.option, "numprocesses", None) and config.option.dist != "no"
    if distributed:
        # xdist's default reorders the files by their number of tests, most
        # first, which undoes LONGEST_FIRST: the pacing file (23 tests, 18 s
        # of waiting) started last and ran alone for the run's last ~10 s.
        config.option.loadscopereorder = False
    if distributed and not hasattr(config, "workerinput") and _runs_prism_users(config):
        config.stash[SHARED_PRISM] = prism.launch_shared()


def pytest_unconfigure(config: pytest.Config) -> None:
    proc = config.stash.get(SHARED_PRISM, None)
    if proc is not None:
        prism.stop(proc)
        prism.forget_shared()


# The files that take longest, in wall time (waiting on sleeps, servers in other
# processes, Prism) or CPU, run first: a distributed run (`--dist loadfile`)
# hands out files in this order, and one left for the end keeps a worker busy
# while the others have finished. Measured on 2 cores with 3 workers (wall
# seconds per file): the pacing file first, since it mostly waits (18 s) and
# so overlaps the others' CPU; the rest longest first; files not named here
# (each under ~2 s) fill the end.
LONGEST_FIRST = (
    "tests/test_wire_pacing.py",
    "tests/test_reading.py",
    "tests/contract/test_prism.py",
    "tests/test_wire_answers.py",
    "tests/generator/test_generator.py",
    "tests/generator/test_diff_rules.py",
    "tests/test_hardening.py",
    "tests/test_streams.py",
    "tests/generator/test_fuzz.py",
    "tests/test_evidence.py",
    "tests/cli/test_coverage.py",
    "tests/generator/test_diff.py",
    "tests/test_faults.py",
    "tests/test_operations.py",
    "tests/contract/test_readme_runs.py",
    "tests/generator/test_specs.py",
    "tests/cli/test_terminal.py",
    "tests/cli/test_process.py",
    "tests/test_runtime.py",
    "tests/contract/test_examples.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    rank = {name: place for place, name in enumerate(LONGEST_FIRST)}
    root = config.rootpath

    def place(item: pytest.Item) -> int:
        try:
            return rank.get(item.path.relative_to(root).as_posix(), len(rank))
        except ValueError:
            return len(rank)

    items.sort(key=place)  # stable: the order within a file is kept


def pytest_collection_finish(session: pytest.Session) -> None:
    # Garbage collection took ~5 s of CPU per worker, mostly in full passes.
    # What collection imported (the ~700 generated modules, their models, the
    # spec read by the test modules) lives for the whole run: frozen, no pass
    # walks it again. The tests then make many short-lived objects (answers,
    # models, parsed specs): collected less often, in larger batches, the
    # collector costs about a third of what it did (measured with gc.callbacks
    # over the five heaviest files). The product's own use of gc is unchanged.
    gc.freeze()
    gc.set_threshold(5000, 20, 10)
