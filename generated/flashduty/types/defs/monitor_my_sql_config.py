"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class MonitorMySQLConfig(FlashdutyModel):
    """Settings of a MySQL data source, TLS included."""

    tls_mode: Annotated[Literal["disable", "require", "verify-full"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """
    TLS mode: off, on without checking the server, or on with full verification; empty keeps the older per-field TLS settings.
    """
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
    tls_key_pwd: Annotated[str, Field(repr=False)] = ""
    """Password of the client key."""
    tls_skip_verify: bool = False
    """Skip verifying the server certificate."""
    tls_server_name: str = ""
    """Server name to verify the certificate against."""
    tls_min_version: str = ""
    """Lowest TLS version allowed."""
    tls_max_version: str = ""
    """Highest TLS version allowed."""
