"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import FlashdutyModel


class IntegrationUpserted(FlashdutyModel):
    """The integration just created or updated."""

    integration_id: int = 0
    """Integration ID."""
    integration_key: Annotated[str, Field(repr=False)] = ""
    """Its key."""
