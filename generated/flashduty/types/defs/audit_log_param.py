"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AuditLogParam(FlashdutyModel):
    """One URL path parameter of an audited request."""

    Key: str = ""
    """Parameter name."""
    Value: str = ""
    """Parameter value."""
