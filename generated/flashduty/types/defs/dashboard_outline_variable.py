"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import dashboard_selection_config


class DashboardOutlineVariable(FlashdutyModel):
    """A variable in an outline."""

    name: str = ""
    """Variable name."""
    kind: Annotated[Literal["datasource", "custom", "query"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Where the candidates come from."""
    label: str = ""
    """Label; empty when unset."""
    selection: dashboard_selection_config.DashboardSelectionConfig | None = None
