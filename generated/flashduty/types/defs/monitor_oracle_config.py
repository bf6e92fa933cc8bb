"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from ..._models import FlashdutyModel


class MonitorOracleConfig(FlashdutyModel):
    """Settings of an Oracle data source."""

    username: str | None = None
    """Database user."""
    password: str | None = None
    """Database password."""
    options: dict[str, Any] | None = None
    """Extra connection options."""
    open_conns: int | None = None
    """Maximum open connections."""
    idle_conns: int | None = None
    """Maximum idle connections."""
    lifetime_seconds: int | None = None
    """Longest life of a connection in seconds."""
    timeout_mills: int | None = None
    """Query timeout in milliseconds."""
