"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import service_desk_plus_request


class ServiceDeskPlusRequestPage(FlashdutyModel):
    """One page of ServiceDesk Plus requests."""

    items: Annotated[list[service_desk_plus_request.ServiceDeskPlusRequest], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    total: int = 0
    has_next_page: bool = False
    search_after_ctx: str = ""
