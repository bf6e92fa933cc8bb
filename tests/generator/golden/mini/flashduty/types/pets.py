"""Models of the `pets` area. Generated from spec/; do not edit."""

from .defs.pet import Pet as Pet
from .defs.pet_event import PetEvent as PetEvent
from .defs.pet_page import PetPage as PetPage
from .defs.pushed import Pushed as Pushed
from .defs.toy import Toy as Toy

__all__ = ["Pet", "PetEvent", "PetPage", "Pushed", "Toy"]
