"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorHttpSourceConfig(FlashdutyModel):
    """Settings of an HTTP data source (Prometheus, Loki, VictoriaLogs), TLS included."""

    basic_auth_enabled: bool | None = None
    """Whether to send HTTP basic authentication."""
    basic_auth_username: str | None = None
    """Basic-auth user."""
    basic_auth_password: str | None = None
    """Basic-auth password."""
    headers: list[str] | None = None
    """Extra HTTP headers, each `Key: Value`."""
    params: list[str] | None = None
    """Extra query parameters, each `key=value`."""
    tls_ca: str | None = None
    """CA certificate (PEM)."""
    tls_cert: str | None = None
    """Client certificate (PEM)."""
    tls_key: str | None = None
    """Client key (PEM)."""
    tls_key_pwd: str | None = None
    """Password of the client key."""
    tls_skip_verify: bool | None = None
    """Skip verifying the server certificate."""
    tls_server_name: str | None = None
    """Server name to verify the certificate against."""
    tls_min_version: str | None = None
    """Lowest TLS version allowed."""
    tls_max_version: str | None = None
    """Highest TLS version allowed."""
