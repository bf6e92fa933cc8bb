"""The programs in examples/ run against Prism, as a user would run them
against `make mock`: each must exit 0 and print what it promises."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

from ..examples import ROOT, document
from .conftest import Prism

EXAMPLES = ROOT / "examples"


def _run(prism: Prism, name: str, *args: str, integration_key: bool = True) -> str:
    env = dict(
        os.environ,
        FLASHDUTY_BASE_URL=prism.url,
        FLASHDUTY_APP_KEY="fd-app-key-example",
        FLASHDUTY_INTEGRATION_KEY="int-key-example",
    )
    if not integration_key:
        del env["FLASHDUTY_INTEGRATION_KEY"]
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"{name} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_quickstart(prism: Prism) -> None:
    out = _run(prism, "quickstart.py")
    assert "CPU usage high - web-server-01" in out
    # The mock repeats its page and cursor: the walk reads the first page, then
    # stops on the repeated cursor instead of looping.
    assert out.count("  open: ") >= 1 and "walk stopped: " in out and "a second time" not in out
    assert "acknowledged" in out


def test_pagination(prism: Prism) -> None:
    out = _run(prism, "pagination.py")
    assert "first items: [" in out and "page 1:" in out and "async: read " in out
    assert out.count("walk stopped: ") == 3  # the mock repeats its cursor


def test_event_push(prism: Prism) -> None:
    out = _run(prism, "event_push.py")
    assert "pushed; alert_key=" in out and "resolved" in out


def test_event_push_tried_without_an_account(prism: Prism) -> None:
    out = _run(prism, "event_push.py", integration_key=False)
    assert "placeholder key (mock only)" in out and "resolved" in out


def test_webhook_receiver(tmp_path: Path) -> None:
    hook = document()["webhooks"]["incident"]["post"]
    examples = hook["requestBody"]["content"]["application/json"]["examples"]
    payload = json.dumps(next(iter(examples.values()))["value"]).encode()
    proc = subprocess.Popen(
        [
            sys.executable,
            str(EXAMPLES / "webhook_receiver.py"),
            "--port",
            "0",
            "--max-requests",
            "6",
            "--max-body",
            "100000",
        ],
        env={**os.environ, "FLASHDUTY_WEBHOOK_SECRET": "s3cret-shared"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("listening on "), first + (
            proc.stderr.read() if proc.stderr else ""
        )
        url = first.split()[-1]
        token = {"X-Webhook-Token": "s3cret-shared"}
        answers = [
            httpx.post(url, content=body, headers=token, timeout=10).status_code
            for body in (payload, payload, b"{")
        ]
        answers.append(httpx.post(url + "?token=s3cret-shared", content=payload).status_code)
        answers.append(httpx.post(url + "?token=guess", content=payload).status_code)
        answers.append(httpx.post(url, content=b"x" * 100_001, headers=token).status_code)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert answers == [200, 200, 400, 200, 401, 413], err
    assert "guess" not in out
    lines = out.splitlines()
    assert lines[0].startswith("incident ") and lines[1].startswith("duplicate ")
    assert lines[2].startswith("bad delivery: ")
    assert proc.returncode == 0
