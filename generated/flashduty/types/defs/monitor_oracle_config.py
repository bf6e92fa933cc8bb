"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorOracleConfig(FlashdutyModel):
    """Settings of an Oracle data source."""

    username: str = ""
    """Database user."""
    password: str = ""
    """Database password."""
    options: dict[str, str] = {}
    """Extra connection options."""
    open_conns: int = 0
    """Maximum open connections."""
    idle_conns: int = 0
    """Maximum idle connections."""
    lifetime_seconds: int = 0
    """Longest life of a connection in seconds."""
    timeout_mills: int = 0
    """Query timeout in milliseconds."""
