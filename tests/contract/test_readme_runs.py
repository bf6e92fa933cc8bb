"""Every Python snippet of the README runs as written against Prism, the mock
that `make mock` serves: each in a fresh interpreter, with the environment
the README's "Try it without an account" gives, and the functions a snippet
defines called with what a reader would pass them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ..examples import ROOT, document
from .conftest import Prism

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)

# Calls what a snippet defines: a webhook handler gets a documented payload
# (and a shared secret with the headers that carry it, by their names), an
# async function an AsyncFlashduty if it asks for one.
DRIVER = """
import asyncio, inspect, sys
import flashduty

source = open(sys.argv[1], encoding="utf-8").read()
namespace = {"__name__": "readme_snippet"}
exec(compile(source, "README snippet", "exec"), namespace)
payload = open(sys.argv[2], "rb").read()
for name, fn in list(namespace.items()):
    if not inspect.isfunction(fn) or fn.__code__.co_filename != "README snippet":
        continue
    wanted = list(inspect.signature(fn).parameters)
    if inspect.iscoroutinefunction(fn):
        async def run(fn=fn, wanted=wanted):
            async with flashduty.AsyncFlashduty() as aclient:
                await fn(*[aclient for _ in wanted])
        asyncio.run(run())
    else:
        given = {"secret": "s3cret", "headers": {"X-Webhook-Token": "s3cret"}, "query": ""}
        fn(*[given.get(parameter, payload) for parameter in wanted])
    print("called", name)
"""


@pytest.mark.parametrize("number", range(len(BLOCKS)), ids=lambda n: f"snippet{n + 1}")
def test_readme_snippet_runs_against_the_mock(prism: Prism, tmp_path: Path, number: int) -> None:
    hook = document()["webhooks"]["incident"]["post"]
    examples = hook["requestBody"]["content"]["application/json"]["examples"]
    (tmp_path / "payload.json").write_text(json.dumps(next(iter(examples.values()))["value"]))
    (tmp_path / "snippet.py").write_text(BLOCKS[number], encoding="utf-8")
    env = dict(os.environ, FLASHDUTY_APP_KEY="any", FLASHDUTY_BASE_URL=prism.url)
    env.pop("FLASHDUTY_ACCESS_TOKEN", None)
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, "snippet.py", "payload.json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (
        done.returncode == 0
    ), f"README snippet {number + 1} failed:\n{BLOCKS[number]}\n{done.stderr[-3000:]}"


def test_the_mock_says_what_was_really_wrong(prism: Prism) -> None:
    import flashduty

    with flashduty.Flashduty(app_key="any", base_url=prism.url, max_retries=0) as client:
        with pytest.raises(flashduty.InvalidParameterError) as caught:
            client.incidents.info(incident_id="x")
    # The canned text names another problem; the header Prism adds names this one.
    assert "incident_id" in caught.value.headers["sl-violations"]
    assert "pattern" in caught.value.headers["sl-violations"]
