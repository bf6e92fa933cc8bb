"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import person_info


class PersonInfoList(FlashdutyModel):
    """Profiles of the persons asked for."""

    items: Annotated[list[person_info.PersonInfo], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """One profile per person found."""
