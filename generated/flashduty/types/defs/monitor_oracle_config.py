"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class MonitorOracleConfig(FlashdutyModel):
    """Settings of an Oracle data source."""

    username: str = ""
    """Database user."""
    password: Annotated[str, Field(repr=False)] = ""
    """Database password."""
    options: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Extra connection options."""
    open_conns: int = 0
    """Maximum open connections."""
    idle_conns: int = 0
    """Maximum idle connections."""
    lifetime_seconds: int = 0
    """Longest life of a connection in seconds."""
    timeout_mills: int = 0
    """Query timeout in milliseconds."""
