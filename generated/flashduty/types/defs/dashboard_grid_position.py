"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class DashboardGridPosition(FlashdutyModel):
    """Where a panel sits on the 24-column grid."""

    x: int = 0
    """Column offset from 0."""
    y: int = 0
    """Row offset from 0."""
    w: int = 0
    """Width in columns."""
    h: int = 0
    """Height in rows."""
