"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import drop_rule


class DropRuleList(FlashdutyModel):
    """Drop rules of a channel."""

    items: Annotated[list[drop_rule.DropRule], Field(validate_default=True)] = []
    """The rules."""
