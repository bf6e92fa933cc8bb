"""Models of the `pets` area. Generated from spec/; do not edit."""

from .defs.pet import Pet as Pet
from .defs.pet_page import PetPage as PetPage
from .defs.toy import Toy as Toy

__all__ = ["Pet", "PetPage", "Toy"]
