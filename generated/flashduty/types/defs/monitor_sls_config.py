"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorSLSConfig(FlashdutyModel):
    """Settings of an Alibaba Cloud Simple Log Service (SLS) data source."""

    access_key_id: str | None = None
    """Alibaba Cloud AccessKey ID."""
    access_key_secret: str | None = None
    """Alibaba Cloud AccessKey secret."""
    headers: list[str] | None = None
    """Extra HTTP headers."""
