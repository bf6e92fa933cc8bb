"""An operation whose answer is not the envelope (Prometheus label values),
met by what the gateway in front of it may send, over real HTTP on 127.0.0.1.

Probed: the API's usual error envelope in HTTP 200 (as the gateway answers
every path) came back as a success, an empty list of values with the error
object kept in a field; Prometheus's own error said only "the answer's error
is a str, not an error object"; a body that is not JSON was said not to be
"a JSON envelope", which this answer never is."""

from __future__ import annotations

import json

import pytest

import flashduty

from .conftest import APP_KEY
from .server import MockServer, Reply

PATH = "/monit/prometheus/api/v1/label/job/values"
TOKEN = "fd-access-token-3e9d1c"


def reply(status: int, body: object) -> Reply:
    return Reply(status, json.dumps(body).encode(), {"Content-Type": "application/json"})


def test_an_error_envelope_in_http_200_raises_its_error(server: MockServer) -> None:
    server.script(
        PATH,
        reply(200, {"request_id": "r-1", "error": {"code": "InvalidParameter", "message": "no"}}),
    )
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        with pytest.raises(flashduty.InvalidParameterError) as info:
            client.monitors.data_sources.prometheus.label_values(label_name="job", data_source_id=1)
    assert info.value.request_id == "r-1" and info.value.status_code == 200
    assert info.value.operation == "GET /monit/prometheus/api/v1/label/{label_name}/values"


async def test_prometheus_errors_say_what_prometheus_said(server: MockServer) -> None:
    said = {"status": "error", "errorType": "bad_data", "error": f"bad label (token {TOKEN})"}
    server.script(PATH, reply(400, said), reply(422, {"status": "error", "error": "x\ny" * 500}))
    async with flashduty.AsyncFlashduty(access_token=TOKEN, base_url=server.url) as client:
        prometheus = client.monitors.data_sources.prometheus
        with pytest.raises(flashduty.APIResponseError) as info:
            await prometheus.label_values(label_name="job", data_source_id=1)
        assert str(info.value) == "HTTP 400: bad_data: bad label (token ***)"
        assert TOKEN not in repr(info.value) + repr(info.value.body)
        with pytest.raises(flashduty.APIResponseError) as info:
            await prometheus.label_values(label_name="job", data_source_id=1)
        assert str(info.value).startswith("HTTP 422: x\\ny") and len(str(info.value)) < 1000


def test_a_body_that_is_not_json_is_called_that(server: MockServer) -> None:
    server.script(PATH, Reply(body=b'{"status": "success", "data": ["a"'))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=0) as client:
        with pytest.raises(
            flashduty.APIResponseError, match=r"HTTP 200: the body is not a JSON document \("
        ):
            client.monitors.data_sources.prometheus.label_values(label_name="job", data_source_id=1)


def test_values_that_mention_error_are_still_values(server: MockServer) -> None:
    values = ["error", '"error"', "x"]
    server.script(PATH, reply(200, {"status": "success", "data": values, "error": ""}))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        got = client.monitors.data_sources.prometheus.label_values(
            label_name="job", data_source_id=1
        )
    assert got.data == values and got.status == "success"
