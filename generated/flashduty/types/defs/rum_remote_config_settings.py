"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel

from . import rum_remote_config_rule


class RumRemoteConfigSettings(FlashdutyModel):
    """
    Settings RUM SDKs fetch at run time: defaults, then per-client overrides by the first rule whose `match` fits.
    """

    enabled: bool = False
    """Whether clients apply the remote configuration."""
    activation: str = ""
    """When a change takes effect: `next_session` (usual) or `immediate`."""
    refresh_on_foreground: bool = False
    """Fetch again when the app returns to the foreground."""
    default: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """SDK settings for every client, such as `sessionSampleRate`."""
    rules: list[rum_remote_config_rule.RumRemoteConfigRule] | None = None
    """Overrides in priority order."""
    custom: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Free-form values for the application itself (feature flags, ...)."""
