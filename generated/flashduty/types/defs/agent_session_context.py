"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class AgentSessionContext(FlashdutyModel):
    """Which knowledge pack versions a session was started with."""

    account_pack_id: str = ""
    """The account's knowledge pack used."""
    team_pack_id: str = ""
    """The team's knowledge pack used."""
    incident_id: str = ""
    """Incident the session is about, if any."""
    resolved_at_ms: int = 0
    """When the knowledge was resolved, Unix milliseconds."""
    versions: Annotated[dict[str, int], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Version of each knowledge pack used, by pack ID."""
