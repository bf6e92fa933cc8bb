"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import dashboard


class DashboardUpdate(FlashdutyModel):
    """The dashboard after an update or move."""

    changed: bool = False
    """Whether anything actually changed."""
    resource: dashboard.Dashboard | None = None
