"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorTencentCLSConfig(FlashdutyModel):
    """Credentials of a Tencent Cloud Log Service source."""

    secret_id: str = ""
    """API SecretId; may be a `${env:NAME}` reference."""
    secret_key: str = ""
    """API SecretKey; needed on create, kept when left out on update, never read back."""
