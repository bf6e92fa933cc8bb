"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import custom_field


class CustomFieldList(FlashdutyModel):
    """Every custom field of the account."""

    items: list[custom_field.CustomField] | None
    """The fields."""
