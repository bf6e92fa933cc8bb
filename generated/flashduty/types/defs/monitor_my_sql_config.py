"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorMySQLConfig(FlashdutyModel):
    """Settings of a MySQL data source, TLS included."""

    username: str | None = None
    """Database user."""
    password: str | None = None
    """Database password."""
    open_conns: int | None = None
    """Maximum open connections."""
    idle_conns: int | None = None
    """Maximum idle connections."""
    lifetime_seconds: int | None = None
    """Longest life of a connection in seconds."""
    timeout_mills: int | None = None
    """Query timeout in milliseconds."""
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
