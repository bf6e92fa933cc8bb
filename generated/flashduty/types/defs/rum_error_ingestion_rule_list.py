"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import rum_error_ingestion_rule


class RumErrorIngestionRuleList(FlashdutyModel):
    items: Annotated[list[rum_error_ingestion_rule.RumErrorIngestionRule], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
