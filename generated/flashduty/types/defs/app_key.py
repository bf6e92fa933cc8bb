"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AppKey(FlashdutyModel):
    """A personal APP key, without its secret."""

    key_id: int = 0
    """Key ID."""
    key_name: str = ""
    """Name of the key."""
    key: str = ""
    """The secret; never filled in by the list."""
    status: str = ""
    """Key status, e.g. `enabled` or `disabled`."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
