"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import integration_summary


class IntegrationPage(FlashdutyModel):
    """One page of integrations; it carries `total` but no `has_next_page`."""

    p: int = 0
    limit: int = 0
    total: int = 0
    items: Annotated[list[integration_summary.IntegrationSummary], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
