"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import artifact_file_state


class ArtifactFileStates(FlashdutyModel):
    """The published files among those asked about."""

    items: Annotated[list[artifact_file_state.ArtifactFileState], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """One entry per file that has a live artifact."""
