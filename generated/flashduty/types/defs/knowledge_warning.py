"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class KnowledgeWarning(FlashdutyModel):
    """A problem with links between knowledge files that did not stop the call."""

    code: Annotated[
        Literal["unresolved_reference", "still_referenced_by"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """What went wrong: a link to a missing file, or a file that others still link to."""
    ref: str = ""
    """The file concerned."""
    refs: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """The files linking to it."""
