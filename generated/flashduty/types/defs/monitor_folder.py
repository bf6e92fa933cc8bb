"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorFolder(FlashdutyModel):
    """A folder that holds alert rules and dashboards."""

    id: int = 0
    """Folder ID."""
    account_id: int = 0
    """Account that owns the folder."""
    name: str = ""
    """Folder name."""
    note: str = ""
    """Free-form note."""
    parent_id: int = 0
    """Parent folder; 0 at the top level."""
    parent_path: str = ""
    """Comma-separated IDs of the ancestors from the top; empty at the top level."""
    team_id: int = 0
    """Team the folder belongs to; 0 for the whole account."""
    creator_id: int = 0
    """Member who created the folder."""
    creator_name: str = ""
    """Name of the member who created the folder."""
    updater_id: int = 0
    """Member who changed it last."""
    updater_name: str = ""
    """Name of the member who changed it last."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
