"""One cold start, run in a fresh interpreter by run.py.

    python child_import.py sdk|raw BODY_FILE

`sdk`: import flashduty, build a client over a MockTransport, make the first
client.incidents.info call. `raw` (the baseline): import httpx and pydantic,
make the same POST with httpx and .json() the answer. `pydantic` (a
reference, not a target): the baseline plus `from pydantic import BaseModel,
TypeAdapter`, which `import pydantic` alone does not load. `model` (another
reference): the baseline reading the answer into a minimal pydantic model of
the envelope (`data` a dict), the fixed cost any pydantic-based client pays on
its first model (pydantic.fields, annotated_types, the plugin scan of
importlib.metadata, the schema builder). `hand` (a third reference): a
hand-written httpx + pydantic client reading into the SDK's own `Incident`
models, which run.py copies out of generated/ into a package `handmade`
(on PYTHONPATH): the same models at the same cost, without the SDK's runtime.
All answer with the same bytes. Prints one JSON line: phase times (seconds
since the script started) and the peak RSS of this process."""

import sys
import time

T0 = time.perf_counter()
MODE, BODY_FILE = sys.argv[1], sys.argv[2]
INCIDENT_ID = "69da451ef77b1b51f40e83ee"

marks = {}
if MODE == "sdk":
    import httpx

    import flashduty
elif MODE == "raw":
    import httpx
    import pydantic  # noqa: F401
elif MODE == "model":  # reference only: the baseline with one small model
    import httpx
    from pydantic import BaseModel

    class Envelope(BaseModel):
        request_id: str = ""
        data: dict = {}

elif MODE == "hand":  # reference only: a hand-written client with the SDK's own models
    import httpx
    from pydantic import BaseModel

    from handmade.types.defs.incident import Incident

    class Envelope(BaseModel):
        request_id: str = ""
        data: Incident | None = None

else:  # "pydantic": reference only, the baseline plus pydantic's model machinery
    import httpx
    from pydantic import BaseModel, TypeAdapter  # noqa: F401
marks["import"] = time.perf_counter() - T0

with open(BODY_FILE, "rb") as f:
    BODY = f.read()


def handler(request):
    return httpx.Response(200, content=BODY, headers={"content-type": "application/json"})


if MODE == "sdk":
    client = flashduty.Flashduty(
        app_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    marks["construct"] = time.perf_counter() - T0
    resource = client.incidents
    marks["resource"] = time.perf_counter() - T0
    incident = resource.info(incident_id=INCIDENT_ID)
    marks["call"] = time.perf_counter() - T0
    assert incident.incident_id == INCIDENT_ID
else:
    client = httpx.Client(transport=httpx.MockTransport(handler))
    marks["construct"] = time.perf_counter() - T0
    marks["resource"] = marks["construct"]
    answer = client.post(
        "https://api.flashcat.cloud/incident/info?app_key=k", json={"incident_id": INCIDENT_ID}
    )
    if MODE == "model":
        data = Envelope.model_validate_json(answer.content).model_dump()
    elif MODE == "hand":
        read = Envelope.model_validate_json(answer.content)
        data = {"data": {"incident_id": read.data.incident_id}}
    else:
        data = answer.json()
    marks["call"] = time.perf_counter() - T0
    assert data["data"]["incident_id"] == INCIDENT_ID

import json  # noqa: E402  (already loaded by httpx; not timed)
import resource as _resource  # noqa: E402

marks["maxrss_kb"] = _resource.getrusage(_resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(marks))
