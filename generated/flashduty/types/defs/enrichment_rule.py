"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import (
    enrichment_composition,
    enrichment_drop,
    enrichment_extraction,
    enrichment_mapping,
    filter_condition,
)


class EnrichmentRule(FlashdutyModel):
    """One enrichment rule; `settings` takes the shape that matches `kind`."""

    kind: Annotated[
        Literal["extraction", "composition", "mapping", "drop"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """What the rule does."""
    if_: Annotated[list[filter_condition.FilterCondition], Field(alias="if"), NULL_AS_EMPTY] = (
        Field(default_factory=new_list)
    )
    """Conditions that must all hold for the rule to run; it always runs when empty."""
    settings: (
        enrichment_extraction.EnrichmentExtraction
        | enrichment_composition.EnrichmentComposition
        | enrichment_mapping.EnrichmentMapping
        | enrichment_drop.EnrichmentDrop
        | None
    ) = None
    """Settings of the rule, shaped by `kind`."""
