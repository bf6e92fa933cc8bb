"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class DashboardOutlineInfo(FlashdutyModel):
    """The dashboard an outline describes."""

    dashboard_id: str = ""
    """Dashboard ID."""
    title: str = ""
    """Title."""
    description: str = ""
    """Description; empty when unset."""
    revision: int = 0
    """Current revision."""
    updated_at: int = 0
    """Last change, Unix seconds."""
