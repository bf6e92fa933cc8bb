"""HTTPS with the default client: servers are verified against what httpx
would trust (SSL_CERT_FILE, else SSL_CERT_DIR, else certifi), and the CA
bundle is loaded once per process rather than once per client (about 30 ms
each), yet a changed variable or a rewritten bundle is seen by the next client."""

from __future__ import annotations

import asyncio
import os
import ssl
from pathlib import Path
from typing import Iterator

import httpx
import pytest
import trustme

import flashduty

from .conftest import APP_KEY
from .server import MockServer, envelope

INCIDENT = {"incident_id": "i1", "title": "disk full"}


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def https(authority: trustme.CA) -> Iterator[MockServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    with MockServer().use_tls(context) as server:
        server.script("/incident/info", envelope(INCIDENT))
        yield server


def trusting(path: Path, authority: trustme.CA) -> str:
    authority.cert_pem.write_to_path(str(path))
    return str(path)


def title(server: MockServer) -> str:
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=0) as client:
        return client.incidents.info(incident_id="i1").title


def test_the_bundle_ssl_cert_file_names_is_trusted_sync_and_async(
    https: MockServer, authority: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", trusting(tmp_path / "ca.pem", authority))
    assert title(https) == "disk full"

    async def call() -> str:
        async with flashduty.AsyncFlashduty(app_key=APP_KEY, base_url=https.url) as client:
            return (await client.incidents.info(incident_id="i1")).title

    assert asyncio.run(call()) == "disk full"
    assert https.seen[0].query["app_key"] == [APP_KEY]  # it went over TLS, to this server


def test_an_unknown_authority_is_refused(
    https: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with pytest.raises(flashduty.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED") as caught:
        title(https)  # certifi's bundle does not hold the test's authority
    assert APP_KEY not in str(caught.value)
    # ...nor does another authority's bundle named by the variable.
    monkeypatch.setenv("SSL_CERT_FILE", trusting(tmp_path / "other.pem", trustme.CA()))
    with pytest.raises(flashduty.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
        title(https)


def test_a_changed_variable_or_rewritten_bundle_reaches_the_next_client(
    https: MockServer, authority: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    right = trusting(tmp_path / "right.pem", authority)
    wrong = trusting(tmp_path / "wrong.pem", trustme.CA())
    monkeypatch.setenv("SSL_CERT_FILE", wrong)
    with pytest.raises(flashduty.APIConnectionError):
        title(https)
    monkeypatch.setenv("SSL_CERT_FILE", right)
    assert title(https) == "disk full"
    # The same path, rewritten in place with another authority (a rotation).
    trustme.CA().cert_pem.write_to_path(right)
    os.utime(right, ns=(1_000_000_000, 1_000_000_000))
    with pytest.raises(flashduty.APIConnectionError):
        title(https)
    monkeypatch.delenv("SSL_CERT_FILE")
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "none"))
    with pytest.raises(flashduty.APIConnectionError):
        title(https)


def test_clients_share_one_context_and_a_missing_bundle_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[object] = []
    real = httpx.create_ssl_context

    def counting(*args: object, **kwargs: object) -> object:
        built.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpx, "create_ssl_context", counting)
    monkeypatch.setenv("SSL_CERT_FILE", trusting(tmp_path / "ca.pem", trustme.CA()))
    for _ in range(20):
        flashduty.Flashduty(app_key=APP_KEY).close()
        asyncio.run(flashduty.AsyncFlashduty(app_key=APP_KEY).close())
    assert len(built) == 1
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    with pytest.raises(OSError):  # as httpx itself reports it, when the client is made
        flashduty.Flashduty(app_key=APP_KEY)
