"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ArtifactFileState(FlashdutyModel):
    """A session file that has a live artifact."""

    file_id: str = ""
    """The session file asked about."""
    artifact_id: str = ""
    """ID of the artifact (`art_...`), also the key of its public link."""
    title: str = ""
    """Title in the gallery."""
    gallery_path: str = ""
    """Path of the artifact's page in the console."""
