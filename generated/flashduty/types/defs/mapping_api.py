"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from ..._models import FlashdutyModel


class MappingApi(FlashdutyModel):
    """An HTTP endpoint that enrichment calls to look labels up."""

    api_id: str
    """Mapping API ID."""
    api_name: str
    """Name, unique in the account."""
    description: str | None = None
    """Description."""
    url: str
    """Endpoint called for each lookup."""
    headers: dict[str, Any] | None = None
    """Extra request headers."""
    timeout: int | None = None
    """Read timeout in seconds."""
    retry_count: int | None = None
    """Retries after a failed call."""
    insecure_skip_verify: bool | None = None
    """Whether TLS certificates are not verified."""
    status: str | None = None
    """Status, e.g. `enabled`."""
    team_id: int | None = None
    """Owning team; 0 for none."""
    creator_id: int | None = None
    """Member who created it."""
    updated_by: int | None = None
    """Member who changed it last."""
    created_at: int | None = None
    """Creation time, Unix seconds."""
    updated_at: int | None = None
    """Last change, Unix seconds."""
