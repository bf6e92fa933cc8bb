"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import enrichment


class EnrichmentList(FlashdutyModel):
    """Enrichment rules of several integrations."""

    items: Annotated[list[enrichment.Enrichment], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """One rule set per integration that has one."""
