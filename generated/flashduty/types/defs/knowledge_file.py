"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class KnowledgeFile(FlashdutyModel):
    """One document of a knowledge pack (content not included)."""

    file_id: str = ""
    """ID of the file."""
    pack_id: str = ""
    """ID of the knowledge pack (`kpk_...`)."""
    rel_path: str = ""
    """Path of the file inside its pack."""
    content_type: str = ""
    """Media type of the content."""
    size_bytes: int = 0
    """Size in bytes."""
    checksum: str = ""
    """SHA-256 of the content."""
    updated_by: int = 0
    """Member who changed it last."""
    updated_at_ms: int = 0
    """Last change, Unix milliseconds."""
