"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ArtifactPublished(FlashdutyModel):
    """Where a newly published artifact can be found."""

    artifact_id: str = ""
    """ID of the artifact (`art_...`), also the key of its public link."""
    title: str = ""
    """Title in the gallery."""
    gallery_path: str = ""
    """Path of the artifact's page in the console (`/ai-sre/artifacts/<artifact_id>`)."""
