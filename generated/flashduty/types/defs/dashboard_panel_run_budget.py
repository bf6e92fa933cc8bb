"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class DashboardPanelRunBudget(FlashdutyModel):
    """How much work a panel run did."""

    execution_count: int = 0
    """Queries launched."""
    max_concurrency: int = 0
    """Concurrency cap applied."""
