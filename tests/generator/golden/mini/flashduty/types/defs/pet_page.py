"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import pet
from .page import Page


class PetPage(Page):
    items: Annotated[list[pet.Pet], NULL_AS_EMPTY] = Field(default_factory=new_list)
