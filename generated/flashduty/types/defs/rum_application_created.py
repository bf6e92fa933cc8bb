"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import FlashdutyModel


class RumApplicationCreated(FlashdutyModel):
    """What creating an application returns."""

    application_id: str = ""
    """New application ID."""
    application_name: str = ""
    """Display name."""
    client_token: Annotated[str, Field(repr=False)] = ""
    """Pass this to the RUM SDK when setting it up."""
