"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumCodeSnippet(FlashdutyModel):
    """One line of source code."""

    line: int = 0
    """Line number."""
    code: str = ""
    """The source text."""
