"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class Page(FlashdutyModel):
    total: int = 0
    has_next_page: bool = False
