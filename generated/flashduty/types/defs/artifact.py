"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class Artifact(FlashdutyModel):
    """A file from an AI SRE session, published to the account's artifact gallery."""

    artifact_id: str = ""
    """ID of the artifact (`art_...`), also the key of its public link."""
    title: str = ""
    """Title in the gallery."""
    name: str = ""
    """File name."""
    content_type: str = ""
    """Media type of the file."""
    size: int = 0
    """Size of the file in bytes."""
    file_id: str = ""
    """The session file now behind the artifact (`pf_...`)."""
    session_id: str = ""
    """Session that produced the file."""
    session_title: str = ""
    """Name of that session."""
    person_id: int = 0
    """Member who published it."""
    creator_name: str = ""
    """That member's name."""
    team_id: int = 0
    """Owning team; 0 when personal."""
    team_name: str = ""
    """Name of the owning team."""
    is_mine: bool = False
    """Whether the key's member published it."""
    can_edit: bool = False
    """Whether the key's member may change it."""
    share_enabled: bool = False
    """Whether a public link is on."""
    public_url: str = ""
    """The public link, when shared."""
    share_file_id: str = ""
    """
    The file the public snapshot was taken from; differs from `file_id` when the snapshot is out of date.
    """
    shared_at: int = 0
    """Last time sharing was turned on or synced, Unix milliseconds."""
    shared_by: int = 0
    """Member who turned sharing on."""
    created_at: int = 0
    """Publication time, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
