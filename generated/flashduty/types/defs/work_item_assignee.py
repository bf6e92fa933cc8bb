"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class WorkItemAssignee(FlashdutyModel):
    """One assignee of a work item."""

    id: int = 0
    """Person ID."""
    type: str = ""
    """Kind of assignee, e.g. `person`."""
