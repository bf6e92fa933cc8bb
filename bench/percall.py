"""Steady-state cost of one call, in-process, over httpx.MockTransport.

    python percall.py bench ROUNDS     # JSON: per-call seconds of each round
    python percall.py profile          # JSON: cProfile breakdown of both sides

Each case pairs an SDK call with the baseline an httpx user would write for
the same request (POST to the URL with app_key in it, the JSON body, then
response.json()); the script checks that both put the same request on the
wire, and both get the same response bytes. Rounds interleave the two
sides, alternating which goes first, each side timed timeit-style (a block of
calls, GC off, the block sized to take ~100 ms)."""

from __future__ import annotations

import cProfile
import json
import pstats
import sys
import timeit

import httpx

import flashduty
from _common import BASE_URL, END_TIME, INCIDENT_ID, START_TIME, bodies

BODIES = bodies()


def _client_pair(body: bytes) -> tuple[flashduty.Flashduty, httpx.Client, list]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if not seen:
            seen.append(request)
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    sdk = flashduty.Flashduty(
        app_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    raw = httpx.Client(transport=httpx.MockTransport(handler))
    return sdk, raw, seen


def _same_request(seen: list, call_sdk, call_raw) -> None:
    """Both sides put the same request on the wire (method, URL with key, JSON body)."""
    wire = []
    for call in (call_sdk, call_raw):
        seen.clear()
        call()
        request = seen[0]
        wire.append((request.method, str(request.url), json.loads(request.content)))
    assert wire[0] == wire[1], f"the SDK and the baseline send different requests: {wire}"


def cases() -> dict[str, tuple]:
    sdk_i, raw_i, seen_i = _client_pair(BODIES["info"])
    sdk_l, raw_l, seen_l = _client_pair(BODIES["list"])
    # The baseline is the cheapest plain-httpx way to make the same request:
    # the key already in the URL string (params={"app_key": ...} costs ~30 µs more).
    info_url = BASE_URL + "/incident/info?app_key=k"
    list_url = BASE_URL + "/incident/list?app_key=k"

    def sdk_info():
        return sdk_i.incidents.info(incident_id=INCIDENT_ID)

    def raw_info():
        return raw_i.post(info_url, json={"incident_id": INCIDENT_ID}).json()["data"]

    def sdk_list():
        return sdk_l.incidents.list(start_time=START_TIME, end_time=END_TIME).items

    def raw_list():
        return raw_l.post(list_url, json={"start_time": START_TIME, "end_time": END_TIME}).json()[
            "data"
        ]["items"]

    # Sanity: both sides send the same request and see the same data.
    _same_request(seen_i, sdk_info, raw_info)
    _same_request(seen_l, sdk_list, raw_list)
    assert sdk_info().incident_id == raw_info()["incident_id"] == INCIDENT_ID
    assert len(sdk_list()) == len(raw_list()) == 20
    return {"info": (sdk_info, raw_info), "list": (sdk_list, raw_list)}


def _number(fn, target: float = 0.1) -> int:
    n = 1
    while True:
        t = timeit.Timer(fn).timeit(n)
        if t >= target / 5:
            return max(1, int(n * target / t))
        n *= 4


def bench(rounds: int) -> dict:
    out = {}
    for name, (sdk, raw) in cases().items():
        for _ in range(3):  # warm-up: adapters built, caches hot
            sdk(), raw()
        n = _number(sdk)
        sdk_t, raw_t = [], []
        for r in range(rounds):
            order = [(sdk, sdk_t), (raw, raw_t)]
            if r % 2:
                order.reverse()
            for fn, acc in order:
                acc.append(timeit.Timer(fn).timeit(n) / n)
        out[name] = {"sdk": sdk_t, "raw": raw_t, "number": n}
    return out


def _bucket(filename: str, func: str) -> str:
    if "/flashduty/" in filename:
        return "flashduty"
    if "/httpx/" in filename or "/httpcore/" in filename:
        return "httpx"
    if "/pydantic" in filename or "pydantic_core" in func:
        return "pydantic"
    if filename == "~":
        return "builtins"
    return "stdlib/other"


def profile(calls: int = 2000) -> dict:
    out = {}
    for name, (sdk, raw) in cases().items():
        sides = {}
        for side, fn in (("sdk", sdk), ("raw", raw)):
            for _ in range(20):
                fn()
            prof = cProfile.Profile()
            prof.enable()
            for _ in range(calls):
                fn()
            prof.disable()
            stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
            buckets: dict[str, float] = {}
            funcs = []
            for (filename, line, func), (_cc, _nc, tt, ct, _callers) in stats.items():
                b = _bucket(filename, func)
                buckets[b] = buckets.get(b, 0.0) + tt
                short = filename.split("site-packages/")[-1].split("generated/")[-1]
                funcs.append((f"{short}:{line}({func})", tt / calls, ct / calls))
            funcs.sort(key=lambda f: -f[1])
            sides[side] = {
                "total_us": sum(buckets.values()) / calls * 1e6,
                "buckets_us": {k: v / calls * 1e6 for k, v in sorted(buckets.items())},
                "top_self_us": [(f, tt * 1e6, ct * 1e6) for f, tt, ct in funcs[:12]],
                "cum_us": {
                    f: ct * 1e6
                    for f, _tt, ct in funcs
                    if "flashduty/" in f
                    or "validate_json" in f
                    or "_client.py" in f
                    and "(send)" in f
                },
            }
        out[name] = sides
    return out


if __name__ == "__main__":
    if sys.argv[1] == "bench":
        print(json.dumps(bench(int(sys.argv[2]))))
    else:
        print(json.dumps(profile()))
