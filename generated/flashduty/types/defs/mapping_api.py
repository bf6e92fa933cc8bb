"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class MappingApi(FlashdutyModel):
    """An HTTP endpoint that enrichment calls to look labels up."""

    api_id: str = ""
    """Mapping API ID."""
    api_name: str = ""
    """Name, unique in the account."""
    description: str = ""
    """Description."""
    url: str = ""
    """Endpoint called for each lookup."""
    headers: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Extra request headers."""
    timeout: int = 0
    """Read timeout in seconds."""
    retry_count: int = 0
    """Retries after a failed call."""
    insecure_skip_verify: bool = False
    """Whether TLS certificates are not verified."""
    status: str = ""
    """Status, e.g. `enabled`."""
    team_id: int = 0
    """Owning team; 0 for none."""
    creator_id: int = 0
    """Member who created it."""
    updated_by: int = 0
    """Member who changed it last."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    deleted_at: int = 0
    """When the mapping API was removed, Unix seconds; absent while it exists."""
