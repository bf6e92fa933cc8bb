"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ArtifactShareState(FlashdutyModel):
    """The public link of a shared artifact."""

    artifact_id: str = ""
    """ID of the artifact (`art_...`), also the key of its public link."""
    share_enabled: bool = False
    """Whether a public link is on."""
    public_url: str = ""
    """The public link, when shared."""
    shared_by: int = 0
    """Member who turned sharing on."""
    shared_at: int = 0
    """Last time sharing was turned on or synced, Unix milliseconds."""
