"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import audit_operation


class AuditOperationList(FlashdutyModel):
    """Every kind of operation the audit log records."""

    items: Annotated[list[audit_operation.AuditOperation], Field(validate_default=True)] = []
    """The operation kinds."""
