"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class MonitorElasticsearchConfig(FlashdutyModel):
    """Settings of an Elasticsearch data source, on Elastic Cloud or self-managed."""

    deployment: Annotated[Literal["cloud", "self-managed"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """`cloud` for Elastic Cloud (no `address` needed), `self-managed` for your own cluster."""
    timeout_mills: int = 0
    """Query timeout in milliseconds."""
    cloud_id: str = ""
    """Deployment ID, for Elastic Cloud deployments only."""
    api_key: Annotated[str, Field(repr=False)] = ""
    """Elastic Cloud API key (cloud only)."""
    username: str = ""
    """User (self-managed)."""
    password: Annotated[str, Field(repr=False)] = ""
    """Password (self-managed)."""
    service_token: Annotated[str, Field(repr=False)] = ""
    """Service token; takes precedence over user and password."""
    tls_ca: str = ""
    """CA certificate (PEM)."""
    certificate_fingerprint: str = ""
    """Expected fingerprint of the server certificate."""
    headers: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Extra HTTP headers, each `Key: Value`."""
