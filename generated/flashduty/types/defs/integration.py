"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import OPEN_ENUM, EnumValue, new_dict, FlashdutyModel


class Integration(FlashdutyModel):
    """An integration (data source) that receives alerts or changes, or sends webhooks."""

    integration_id: int = 0
    """Integration ID."""
    team_id: int = 0
    """Owning team; 0 for none."""
    name: str = ""
    """Name."""
    status: Annotated[Literal["enabled", "disabled", "deleted"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """Status."""
    plugin_id: int = 0
    """ID of the integration type."""
    plugin_type: str = ""
    """Integration type key."""
    plugin_type_name: str = ""
    """Human-readable integration type, e.g. `Prometheus`."""
    description: str = ""
    """Description."""
    integration_key: Annotated[str, Field(repr=False)] = ""
    """Key used to push events to it."""
    settings: Any = Field(default_factory=new_dict)
    """Configuration; its shape depends on the integration type."""
    creator_id: int = 0
    """Member who created it."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
