"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class DashboardRuntimeError(FlashdutyModel):
    """Why part of a run failed."""

    reason: str = ""
    """
    Machine-readable reason, e.g. `timeout`, `variable_invalid`, `datasource_permission_denied`.
    """
    message: str = ""
    """Readable detail."""
