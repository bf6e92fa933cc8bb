"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import audit_operation


class AuditOperationList(FlashdutyModel):
    """Every kind of operation the audit log records."""

    items: list[audit_operation.AuditOperation] | None
    """The operation kinds."""
