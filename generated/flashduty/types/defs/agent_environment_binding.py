"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class AgentEnvironmentBinding(FlashdutyModel):
    """The execution environment (Flashcat cloud or a BYOC runner) a session is bound to."""

    kind: Annotated[Literal["cloud", "byoc"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Flashcat's cloud, or a BYOC runner."""
    id: str = ""
    """ID of the environment."""
    name: str = ""
    """Name of the environment."""
    status: Annotated[
        Literal["online", "pending", "offline", "deleted", "available", "rebuilding", "expired"]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """State of the environment."""
