"""Row 6: the command line's start-up, against the SDK's own import + first
call, in the same run. Each side is a fresh process against the same local
HTTP server on 127.0.0.1 answering /incident/info:

    sdk   python -c "import flashduty; Flashduty(...).incidents.info(...)"
    cli   flashduty incidents info --incident-id X -o json   (the console script)
    help  flashduty --help

Runs alternate (sdk, cli, help, sdk, ...), wall time from spawn to exit.

    .venv/bin/python bench/cli_start.py [RUNS]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import INCIDENT_ID, ROOT, VENV_PY, bodies, median  # noqa: E402

SDK = (
    "import flashduty\n"
    "c = flashduty.Flashduty()\n"
    f"assert c.incidents.info(incident_id={INCIDENT_ID!r}).incident_id == {INCIDENT_ID!r}\n"
)


def _server(body: bytes) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def bench(runs: int) -> dict:
    server = _server(bodies()["info"])
    url = f"http://127.0.0.1:{server.server_address[1]}"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(FLASHDUTY_APP_KEY="k", FLASHDUTY_BASE_URL=url, FLASHDUTY_CONFIG="/nonexistent")
    script = str(Path(VENV_PY).parent / "flashduty")
    commands = {
        "sdk": [str(VENV_PY), "-c", SDK],
        "cli": [script, "incidents", "info", "--incident-id", INCIDENT_ID, "-o", "json"],
        "help": [script, "--help"],
    }
    walls: dict[str, list[float]] = {k: [] for k in commands}
    try:
        for r in range(runs + 1):  # the first round warms caches and is dropped
            for name, cmd in commands.items():
                t = time.perf_counter()
                done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
                wall = time.perf_counter() - t
                if done.returncode != 0:
                    raise RuntimeError(f"{name} failed: {done.stderr.strip()[-800:]}")
                if r:
                    walls[name].append(wall)
    finally:
        server.shutdown()
    return {name: median(values) for name, values in walls.items()} | {"runs": runs}


if __name__ == "__main__":
    result = bench(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
    sdk = result["sdk"]
    for name in ("cli", "help"):
        print(
            f"{name}: {result[name] * 1e3:.1f} ms vs sdk {sdk * 1e3:.1f} ms = {result[name] / sdk:.2f}x"
        )
    print(json.dumps(result))
