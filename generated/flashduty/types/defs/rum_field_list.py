"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import rum_field


class RumFieldList(FlashdutyModel):
    """Queryable fields."""

    items: list[rum_field.RumField] | None
    """The fields."""
