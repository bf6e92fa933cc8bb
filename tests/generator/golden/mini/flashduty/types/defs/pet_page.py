"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import pet
from .page import Page


class PetPage(Page):
    items: list[pet.Pet] | None = None
