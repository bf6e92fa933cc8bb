"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import audit_operation


class AuditOperationList(FlashdutyModel):
    """Every kind of operation the audit log records."""

    items: Annotated[list[audit_operation.AuditOperation], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The operation kinds."""
