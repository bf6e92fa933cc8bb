"""Time and peak memory of one read, measured in a fresh interpreter.

    python -m tests.wire_measure <server url> <case>

prints a JSON object: `seconds`, `cpu_seconds` (the process's own, which
other processes on a loaded machine do not inflate), `peak_mb` (growth of the process's peak
resident memory during the read, in MB), `text` (what the read ended in).
Cases: api:<canned name> (a call answered by the wire server's canned body)
and webhook:<canned name> (the body, fetched first, given to webhooks.parse)."""

from __future__ import annotations

import json
import resource
import sys
import time


def _reset_peak() -> None:
    """Forget the peak so far: a child started by a large process (pytest,
    late in a run) otherwise starts with its parent's peak, which then hides
    the read's own (Linux keeps it across fork and exec)."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass


def _peak_mb() -> float:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _now_mb() -> float:
    """Resident memory now (the peak so far may be higher: imports, warming up)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def main(url: str, case: str) -> None:
    import httpx

    import flashduty
    from flashduty.types import Incident

    client = flashduty.Flashduty(app_key="k", base_url=url, max_retries=0)
    client.incidents.info(incident_id="warm")  # every module and model loaded
    kind, name = case.split(":", 1)
    body = httpx.get(f"{url}/canned/{name}").content if kind == "webhook" else b""
    if kind == "webhook":
        flashduty.webhooks.parse(b'{"event_type": "i_new", "incident": {"labels": {"a": 1}}}')
    _reset_peak()
    before = _now_mb()
    started, cpu = time.perf_counter(), time.process_time()
    try:
        if kind == "webhook":
            result: object = flashduty.webhooks.parse(body)
        else:
            result = client.post(f"/canned/{name}", cast_to=Incident)
        text = f"{type(result).__name__}"
    except flashduty.FlashdutyError as exc:
        text = f"{type(exc).__name__}: {str(exc)[:200]} ({len(str(exc))} characters)"
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        json.dumps(
            {"seconds": seconds, "cpu_seconds": cpu, "peak_mb": _peak_mb() - before, "text": text}
        )
    )


def measure(url: str, case: str) -> dict[str, object]:
    import subprocess

    out = subprocess.run(
        [sys.executable, "-m", "tests.wire_measure", url, case],
        capture_output=True,
        text=True,
        check=True,
        cwd=__file__.rsplit("/tests/", 1)[0],
    ).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
