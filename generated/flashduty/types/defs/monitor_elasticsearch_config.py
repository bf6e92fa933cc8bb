"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class MonitorElasticsearchConfig(FlashdutyModel):
    """Settings of an Elasticsearch data source, on Elastic Cloud or self-managed."""

    deployment: Literal["cloud", "self-managed"] | str | None = None
    """`cloud` for Elastic Cloud (no `address` needed), `self-managed` for your own cluster."""
    timeout_mills: int | None = None
    """Query timeout in milliseconds."""
    cloud_id: str | None = None
    """Deployment ID, for Elastic Cloud deployments only."""
    api_key: str | None = None
    """Elastic Cloud API key (cloud only)."""
    username: str | None = None
    """User (self-managed)."""
    password: str | None = None
    """Password (self-managed)."""
    service_token: str | None = None
    """Service token; takes precedence over user and password."""
    tls_ca: str | None = None
    """CA certificate (PEM)."""
    certificate_fingerprint: str | None = None
    """Expected fingerprint of the server certificate."""
    headers: list[str] | None = None
    """Extra HTTP headers, each `Key: Value`."""
