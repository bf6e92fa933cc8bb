"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import audit_log_param


class AuditLog(FlashdutyModel):
    """One audited API call or console action."""

    created_at: int = 0
    """When it happened, Unix milliseconds."""
    account_id: int = 0
    """Account ID."""
    member_id: int = 0
    """Member who acted."""
    member_name: str = ""
    """That member's display name."""
    request_id: str = ""
    """Request ID of the call."""
    ip: str = ""
    """IP address the call came from."""
    operation: str = ""
    """Fixed identifier of the action, e.g. `template:write:create`."""
    operation_name: str = ""
    """Operation label in the account's language."""
    body: str = ""
    """Request body as a JSON string, cut at about 10 KB."""
    params: Annotated[list[audit_log_param.AuditLogParam], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """URL path parameters; empty when there were none."""
    is_dangerous: bool = False
    """Whether the operation counts as high-risk."""
    is_write: bool = False
    """True for changes, false for reads."""
