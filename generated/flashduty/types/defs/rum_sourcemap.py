"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_dict, FlashdutyModel


class RumSourcemap(FlashdutyModel):
    """An uploaded source map (or Android mapping / iOS dSYM) file."""

    key: str = ""
    """Storage key that identifies the file."""
    type: Annotated[Literal["browser", "android", "ios"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Platform of the file."""
    service: str = ""
    """Service name."""
    version: str = ""
    """Service version."""
    size: int = 0
    """File size in bytes."""
    git_repository_url: str = ""
    """Git repository of the build."""
    git_commit_sha: str = ""
    """Git commit of the build."""
    created_at: int = 0
    """Upload time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    metadata: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """
    Platform-specific details sent by the upload tool, e.g. `minified_url` for browsers or `build_id`, `variant` and `version_code` for Android.
    """
