"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import knowledge_pack


class KnowledgePackList(FlashdutyModel):
    """One page of knowledge packs."""

    packs: Annotated[list[knowledge_pack.KnowledgePack], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The packs of this page."""
    total: int = 0
    """Number of matches over all pages."""
