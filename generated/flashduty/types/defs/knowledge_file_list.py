"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import knowledge_file


class KnowledgeFileList(FlashdutyModel):
    """One page of knowledge files."""

    files: Annotated[list[knowledge_file.KnowledgeFile], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The files."""
    total: int = 0
    """Number of matches over all pages."""
