"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class DashboardInvestigationTarget(FlashdutyModel):
    """A dashboard (and optionally a panel) to open from an alert, with variable values."""

    dashboard_id: str = ""
    """Dashboard ID (UUIDv7)."""
    target_id: str = ""
    """Optional panel ID (UUIDv7)."""
    variables: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Variable values by name; may use event labels through `{{ }}`."""
