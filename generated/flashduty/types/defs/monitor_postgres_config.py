"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class MonitorPostgresConfig(FlashdutyModel):
    """Settings of a PostgreSQL data source."""

    ssl_mode: Annotated[
        Literal["disable", "require", "verify-ca", "verify-full"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """SSL mode, as in libpq; empty keeps the older behaviour derived from `tls_ca`."""
    username: str = ""
    """Database user."""
    password: Annotated[str, Field(repr=False)] = ""
    """Database password."""
    open_conns: int = 0
    """Maximum open connections."""
    idle_conns: int = 0
    """Maximum idle connections."""
    lifetime_seconds: int = 0
    """Longest life of a connection in seconds."""
    timeout_mills: int = 0
    """Query timeout in milliseconds."""
    tls_ca: str = ""
    """CA certificate (PEM)."""
    tls_cert: str = ""
    """Client certificate (PEM)."""
    tls_key: Annotated[str, Field(repr=False)] = ""
    """Client key (PEM)."""
