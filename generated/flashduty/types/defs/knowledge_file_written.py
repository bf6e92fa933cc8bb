"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import knowledge_file, knowledge_warning


class KnowledgeFileWritten(FlashdutyModel):
    """The stored file after a write, with warnings."""

    file: knowledge_file.KnowledgeFile | None = None
    warnings: Annotated[list[knowledge_warning.KnowledgeWarning], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Problems that did not stop the call."""
