"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import pet as pet_1


class PetEvent(FlashdutyModel):
    """A pet changed."""

    event_type: Annotated[Literal["p_new", "p_gone"] | EnumValue, OPEN_ENUM] = EnumValue("")
    event_id: str = ""
    """Deliveries may repeat; de-duplicate on this."""
    pet: pet_1.Pet | None = None
