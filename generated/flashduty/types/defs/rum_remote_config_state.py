"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import rum_remote_config_settings


class RumRemoteConfigState(FlashdutyModel):
    """The live remote configuration of an application."""

    config: rum_remote_config_settings.RumRemoteConfigSettings | None = None
    version: int = 0
    """Version number; 0 when never configured."""
    updated_at: int = 0
    """Last publication, Unix milliseconds."""
