"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorPostgresConfig(FlashdutyModel):
    """Settings of a PostgreSQL data source."""

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
