"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import status_page_template


class StatusPageTemplateList(FlashdutyModel):
    """Templates of a status page."""

    items: Annotated[list[status_page_template.StatusPageTemplate], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
