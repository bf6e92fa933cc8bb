"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import FlashdutyModel


class IntegrationCreated(FlashdutyModel):
    """A new integration and its ingestion key, shown this once."""

    integration_id: int = 0
    integration_key: Annotated[str, Field(repr=False)] = ""
