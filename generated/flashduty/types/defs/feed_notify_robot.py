"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import FlashdutyModel


class FeedNotifyRobot(FlashdutyModel):
    """A notification delivered, or not, to one chat robot."""

    token: Annotated[str, Field(repr=False)] = ""
    """Robot token or identifier."""
    alias: str = ""
    """Robot alias."""
    failed_reason: str = ""
    """Why delivery failed; empty on success."""
