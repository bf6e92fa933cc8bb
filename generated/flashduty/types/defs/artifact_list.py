"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import artifact


class ArtifactList(FlashdutyModel):
    """One page of gallery artifacts."""

    items: Annotated[list[artifact.Artifact], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Artifacts of this page."""
    total: int = 0
    """Number of matches over all pages."""
