"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AuditOperation(FlashdutyModel):
    """A kind of operation the audit log records."""

    name: str = ""
    """Stable name, the value to filter on, e.g. `template:write:create`."""
    name_cn: str = ""
    """Chinese label the console shows."""
