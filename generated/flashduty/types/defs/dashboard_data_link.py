"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class DashboardDataLink(FlashdutyModel):
    """A link from a panel to another dashboard."""

    dashboard_id: str = ""
    """Target dashboard."""
    target_id: str = ""
    """Tab, section or panel to open there."""
    pass_time: bool = False
    """Whether the current time range goes along."""
    variable_mappings: Annotated[dict[str, dict[str, Any]], NULL_AS_EMPTY] = Field(
        default_factory=new_dict
    )
    """Where each target variable takes its value from (a variable, a column, the series, ...)."""
