"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import rum_remote_config_settings


class RumRemoteConfigVersion(FlashdutyModel):
    """One published version of a remote configuration."""

    version: int = 0
    """Version number."""
    config: rum_remote_config_settings.RumRemoteConfigSettings | None = None
    content_hash: str = ""
    """Hash of the content; equal for versions with the same content."""
    equivalent_to: int = 0
    """An earlier version with the same content, when there is one."""
    reason: str = ""
    """Why it was published; may be empty."""
    updated_at: int = 0
    """Publication time, Unix milliseconds."""
    updated_by: int = 0
    """Member who published it."""
    updated_by_name: str = ""
    """That member's name."""
