"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Any, Literal

from ..._models import FlashdutyModel
from pydantic import Field

from . import toy


class Pet(FlashdutyModel):
    """A pet."""

    pet_id: int
    """Its ID."""
    name: str
    """Its name."""
    kind: Literal["cat", "dog"] | str
    """What the pet is."""
    from_: Annotated[str | None, Field(alias="from")] = None
    """Where it came from (a Python keyword)."""
    toys: list[toy.Toy] | None = None
    tags: dict[str, Any] | None = None
