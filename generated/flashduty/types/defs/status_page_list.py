"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import status_page


class StatusPageList(FlashdutyModel):
    """Every status page of the account."""

    items: Annotated[list[status_page.StatusPage], NULL_AS_EMPTY] = Field(default_factory=new_list)
