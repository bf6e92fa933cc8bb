"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import toy


class Pet(FlashdutyModel):
    """A pet."""

    pet_id: int = 0
    """Its ID."""
    name: str = ""
    """Its name."""
    kind: Annotated[Literal["cat", "dog"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """What the pet is."""
    from_: Annotated[str, Field(alias="from")] = ""
    """Where it came from (a Python keyword)."""
    toys: Annotated[list[toy.Toy], NULL_AS_EMPTY] = Field(default_factory=new_list)
    tags: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
