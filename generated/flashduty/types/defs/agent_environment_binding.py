"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, FlashdutyModel


class AgentEnvironmentBinding(FlashdutyModel):
    """The execution environment (Flashcat cloud or a BYOC runner) a session is bound to."""

    kind: Annotated[Literal["cloud", "byoc"] | str, OPEN_ENUM] = ""
    """Flashcat's cloud, or a BYOC runner."""
    id: str = ""
    """ID of the environment."""
    name: str = ""
    """Name of the environment."""
    status: Annotated[
        Literal["online", "pending", "offline", "deleted", "available", "rebuilding", "expired"]
        | str,
        OPEN_ENUM,
    ] = ""
    """State of the environment."""
