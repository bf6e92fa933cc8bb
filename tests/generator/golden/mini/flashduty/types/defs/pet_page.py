"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import pet
from .page import Page


class PetPage(Page):
    items: Annotated[list[pet.Pet], Field(validate_default=True)] = []
