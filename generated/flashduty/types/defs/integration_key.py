"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import FlashdutyModel


class IntegrationKey(FlashdutyModel):
    """The new ingestion key of an integration, shown this once."""

    integration_key: Annotated[str, Field(repr=False)] = ""
