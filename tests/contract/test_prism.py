"""Every operation of generated/openapi.json called once through the client
against Prism (static mode: it answers each operation's response example).
Prism must find nothing wrong with the request the client sends nor with the
example it answers (its `sl-violations` header), and the client must parse
that answer. Then the error path, with Prism answering the `default` response
under `Prefer: code=...`."""

from __future__ import annotations

import json
import warnings
from typing import Any, Iterator

import httpx
import pytest

import flashduty

from ..examples import arguments, document, method_of, operation, operations
from .conftest import Prism, Tally

APP_KEY = "fd-app-key-contract-0000"  # Prism only checks that one is sent

# Operations Prism finds a problem with, operationId -> the violations it
# reports ("location: message"), each a strict xfail that fails once fixed.
# Empty since generated/openapi.json declares the nulls the server sends.
KNOWN_VIOLATIONS: dict[str, list[str]] = {}

# The error path: a few operations of each kind (JSON, GET with a query,
# integration key, multipart, CSV download) answered with the `default`
# response, under `Prefer: code=<status>, example=<error code>`: the spec has
# one named example per error code. The class follows the error code of the
# body, never the status.
ERROR_OPERATIONS = [
    "incidents.info",
    "incidents.ack",
    "channels.create",
    "incidents.post_mortems.info",
    "events.push_alert",
    "incidents.post_mortems.upload_media",
    "analytics.incidents.export",
]
ERROR_CLASSES: dict[str, type[flashduty.APIError]] = {
    "InvalidParameter": flashduty.InvalidParameterError,
    "BadRequest": flashduty.GenericBadRequestError,
    "InvalidContentType": flashduty.InvalidContentTypeError,
    "MethodNotAllowed": flashduty.MethodNotAllowedError,
    "Unauthorized": flashduty.AuthenticationError,
    "AccessDenied": flashduty.PermissionDeniedError,
    "RouteNotFound": flashduty.NotFoundError,
    "RequestTooFrequently": flashduty.RateLimitError,
    "RequestVerifyRequired": flashduty.RequestVerifyRequiredError,
    "DangerousOperation": flashduty.DangerousOperationError,
    "RequestLocked": flashduty.RequestLockedError,
    "EntityTooLarge": flashduty.EntityTooLargeError,
    "ReferenceExist": flashduty.ReferenceExistError,
    "Conflict": flashduty.ConflictError,
    "ResourceNotFound": flashduty.ResourceNotFoundError,
    "NoLicense": flashduty.NoLicenseError,
    "BalanceNotEnough": flashduty.BalanceNotEnoughError,
    "UndonedOrderExist": flashduty.UndonedOrderExistError,
    "InternalError": flashduty.InternalServerError,
    "ServiceUnavailable": flashduty.ServiceUnavailableError,
}
# Every error code on one operation; three of them on the others.
ERROR_CASES = [("incidents.info", code) for code in ERROR_CLASSES] + [
    (operation_id, code)
    for operation_id in ERROR_OPERATIONS[1:]
    for code in ("InvalidParameter", "Unauthorized", "RequestTooFrequently")
]


class PrismViolation(AssertionError):
    """Prism flagged exactly the known problems of an operation."""


def violations(headers: httpx.Headers) -> list[str]:
    header = headers.get("sl-violations")
    if not header:
        return []
    return [f"{'.'.join(map(str, v['location']))}: {v['message']}" for v in json.loads(header)]


class Recorder:
    """The `sl-violations` of every answer, also of those the client raised on."""

    def __init__(self) -> None:
        self.seen: list[list[str]] = []

    def __call__(self, response: httpx.Response) -> None:
        self.seen.append(violations(response.headers))


@pytest.fixture(scope="module")
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture(scope="module")
def client(prism: Prism, recorder: Recorder) -> Iterator[flashduty.Flashduty]:
    http = httpx.Client(event_hooks={"response": [recorder]})
    with flashduty.Flashduty(
        app_key=APP_KEY, base_url=prism.url, max_retries=0, timeout=10.0, http_client=http
    ) as c:
        yield c
    http.close()


def _call(
    client: flashduty.Flashduty, operation_id: str, op: dict[str, Any], **options: Any
) -> Any:
    kwargs, _ = arguments(op)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore" if op.get("deprecated") else "error", DeprecationWarning)
        call: Any = flashduty.with_raw_response(method_of(client, operation_id))
        return call(**kwargs, **options)


def _deref(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _params() -> list[Any]:
    params = []
    for _, _, op in sorted(operations(), key=lambda o: str(o[2]["operationId"])):
        operation_id = op["operationId"]
        marks = []
        if operation_id in KNOWN_VIOLATIONS:
            reason = "Prism: " + "; ".join(KNOWN_VIOLATIONS[operation_id])
            marks.append(pytest.mark.xfail(strict=True, raises=PrismViolation, reason=reason))
        params.append(pytest.param(operation_id, op, id=operation_id, marks=marks))
    return params


@pytest.mark.parametrize("operation_id,op", _params())
def test_operation(
    client: flashduty.Flashduty,
    recorder: Recorder,
    tally: Tally,
    operation_id: str,
    op: dict[str, Any],
) -> None:
    before = len(recorder.seen)
    try:
        raw = _call(client, operation_id, op)
    except flashduty.FlashdutyError as exc:
        flagged = [v for seen in recorder.seen[before:] for v in seen]
        if len(recorder.seen) > before:
            tally.exercised.add(operation_id)
        pytest.fail(
            f"{type(exc).__name__}: {exc}\nPrism flagged: {flagged or 'nothing'}", pytrace=False
        )
    tally.exercised.add(operation_id)
    assert len(recorder.seen) == before + 1
    assert raw.status_code == 200
    if isinstance(raw, flashduty.StreamResponse):
        # A stream: the JSON envelope (read whole, its data on the stream) or
        # NDJSON, whose every line must parse as a record.
        with raw:
            kind = raw.headers.get("content-type", "").split(";")[0]
            if kind == "application/json":
                assert raw.data is not None and raw.read() == b""
            else:
                assert kind in op["responses"]["200"]["content"], kind
                assert list(raw.iter_records())
    else:
        raw.parse()  # the typed result; parsing already happened in the call
    found = violations(raw.headers)
    known = KNOWN_VIOLATIONS.get(operation_id)
    if known is not None and sorted(found) == sorted(known):
        raise PrismViolation("\n".join(found))
    assert not found, f"Prism flagged {operation_id}:\n" + "\n".join(found)


def test_every_error_code_has_an_example() -> None:
    examples = _error_examples(operation("incidents.info")[2])
    assert sorted(examples) == sorted(ERROR_CLASSES)
    assert all(ex["value"]["error"]["code"] == code for code, ex in examples.items())


def _error_examples(op: dict[str, Any]) -> dict[str, Any]:
    default = _deref(op["responses"].get("default"))
    assert default, "the operation has no default response"
    examples: dict[str, Any] = default["content"]["application/json"]["examples"]
    return examples


@pytest.mark.parametrize("operation_id,code", ERROR_CASES)
def test_error_response(
    client: flashduty.Flashduty, recorder: Recorder, operation_id: str, code: str
) -> None:
    _, _, op = operation(operation_id)
    example = _error_examples(op)[code]
    status = int(example["summary"].removeprefix("HTTP "))
    body = example["value"]
    before = len(recorder.seen)
    prefer = {"Prefer": f"code={status}, example={code}"}
    with pytest.raises(flashduty.APIError) as caught:
        _call(client, operation_id, op, extra_headers=prefer, max_retries=0)
    assert len(recorder.seen) == before + 1, "max_retries=0 must not retry"
    assert recorder.seen[-1] == [], f"Prism flagged: {recorder.seen[-1]}"
    error = caught.value
    assert type(error) is ERROR_CLASSES[code]
    assert error.code == code
    assert error.message == body["error"]["message"]
    assert error.status_code == status
    assert error.request_id == body["request_id"]


def test_every_operation_exercised(
    request: pytest.FixtureRequest, prism: Prism, tally: Tally
) -> None:
    """Runs last in this module: every operation of the spec was called."""
    selected = {
        item.callspec.params["operation_id"]
        for item in request.session.items
        if isinstance(item, pytest.Function)
        and item.path == request.path
        and item.originalname == "test_operation"
    }
    every = {op["operationId"] for _, _, op in operations()}
    if selected != every:
        pytest.skip(f"only {len(selected)} of {len(every)} operations selected in this run")
    missing = sorted(every - tally.exercised)
    assert (
        not missing
    ), f"{len(every) - len(missing)} of {len(every)} operations exercised; missing: {missing}"
