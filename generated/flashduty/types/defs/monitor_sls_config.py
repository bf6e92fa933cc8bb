"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorSLSConfig(FlashdutyModel):
    """Settings of an Alibaba Cloud Simple Log Service (SLS) data source."""

    access_key_id: str = ""
    """Alibaba Cloud AccessKey ID."""
    access_key_secret: str = ""
    """Alibaba Cloud AccessKey secret."""
    headers: list[str] = []
    """Extra HTTP headers."""
