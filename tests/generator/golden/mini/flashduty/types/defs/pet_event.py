"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel

from . import pet as pet_1


class PetEvent(FlashdutyModel):
    """A pet changed."""

    event_type: Literal["p_new", "p_gone"] | str = ""
    event_id: str = ""
    """Deliveries may repeat; de-duplicate on this."""
    pet: pet_1.Pet | None = None
