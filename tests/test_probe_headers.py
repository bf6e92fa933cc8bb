"""Header values the wire cannot carry, found before anything is sent.

httpx encodes headers as ASCII and h11 refuses control characters and
spaces at either end. Found only as the request left, a token with a stray
newline (read from a file) became a connection error, retried with backoff,
and a non-ASCII character a bare UnicodeEncodeError quoting a character of
the token. Over real HTTP on 127.0.0.1: the server must see no request."""

from __future__ import annotations

import pytest

import flashduty

from .conftest import APP_KEY
from .server import MockServer, envelope

BAD = ["tok\n", "tok\r\nX-Evil: 1", "t\u00f6k", "tok\x00", " tok", "tok\x7f"]


@pytest.mark.parametrize("token", BAD)
def test_an_unsendable_access_token_is_refused_when_the_client_is_made(token: str) -> None:
    with pytest.raises(ValueError, match="access_token: a header value") as info:
        flashduty.Flashduty(access_token=token, base_url="http://127.0.0.1:9")
    assert "\u00f6" not in str(info.value)  # a secret's characters are never quoted


def test_an_unsendable_token_from_the_environment_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FLASHDUTY_APP_KEY", raising=False)
    monkeypatch.setenv("FLASHDUTY_ACCESS_TOKEN", "tok-from-a-file\n")
    with pytest.raises(ValueError, match="access_token: .*character 16"):
        flashduty.Flashduty(base_url="http://127.0.0.1:9")


@pytest.mark.parametrize("token", BAD)
def test_an_unsendable_trigger_token_is_refused_before_sending(
    server: MockServer, client: flashduty.Flashduty, token: str
) -> None:
    server.script("/safari/automation/triggers/t1/fire", envelope({}))
    with pytest.raises(ValueError, match="trigger_token: a header value"):
        client.ai_sre.automations.triggers.fire(trigger_id="t1", trigger_token=token)
    assert server.seen == []


@pytest.mark.parametrize("value", ["\u00e9", " 1", "1 ", "1\x0b", "1\t"])
async def test_an_unsendable_header_argument_names_it(server: MockServer, value: str) -> None:
    async with flashduty.AsyncFlashduty(app_key=APP_KEY, base_url=server.url) as aclient:
        with pytest.raises(ValueError, match="X-DSID: a header value"):
            await aclient.monitors.data_sources.prometheus.label_values(
                label_name="up", data_source_id=value  # type: ignore[arg-type]
            )
    assert server.seen == []


def test_extra_and_default_headers_are_checked_without_quoting_them(server: MockServer) -> None:
    with pytest.raises(ValueError, match=r"default_headers\['X-Proxy-Token'\]: .*character 4"):
        flashduty.Flashduty(
            app_key=APP_KEY, base_url=server.url, default_headers={"X-Proxy-Token": "abc\u00e9"}
        )
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=2) as client:
        with pytest.raises(ValueError, match=r"extra_headers\['X-A'\]: .*character 2") as info:
            client.incidents.info(incident_id="i1", extra_headers={"X-A": "s\u00e9cret"})
        assert "\u00e9" not in str(info.value)
    assert server.seen == []


def test_a_tab_inside_and_printable_ascii_still_go_out(server: MockServer) -> None:
    server.script("/monit/prometheus/api/v1/label/up/values", envelope(["a"]))
    server.script("/incident/info", envelope({"incident_id": "i1"}))
    with flashduty.Flashduty(access_token="Ab0-._~+/=", base_url=server.url) as client:
        prometheus = client.monitors.data_sources.prometheus
        prometheus.label_values(label_name="up", data_source_id="a b")  # type: ignore[arg-type]
        client.incidents.info(incident_id="i1", extra_headers={"X-Trace": "a\tb"})
    assert server.seen[0].headers["X-DSID"] == "a b"
    assert server.seen[0].headers["Authorization"] == "Bearer Ab0-._~+/="
    assert server.seen[1].headers["X-Trace"] == "a\tb"
