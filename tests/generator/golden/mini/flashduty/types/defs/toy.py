"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class Toy(FlashdutyModel):
    """A toy."""

    name: str = ""
    """Toy name."""
    squeaks: bool = False
    """Whether it squeaks."""
