"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import knowledge_file, knowledge_pack


class KnowledgeOverview(FlashdutyModel):
    """The account's knowledge pack and its files."""

    pack: knowledge_pack.KnowledgePack | None = None
    files: Annotated[list[knowledge_file.KnowledgeFile], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The files."""
