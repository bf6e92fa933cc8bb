"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class MonitorHttpSourceConfig(FlashdutyModel):
    """Settings of an HTTP data source (Prometheus, Loki, VictoriaLogs), TLS included."""

    basic_auth_enabled: bool = False
    """Whether to send HTTP basic authentication."""
    basic_auth_username: str = ""
    """Basic-auth user."""
    basic_auth_password: Annotated[str, Field(repr=False)] = ""
    """Basic-auth password."""
    headers: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Extra HTTP headers, each `Key: Value`."""
    params: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Extra query parameters, each `key=value`."""
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
