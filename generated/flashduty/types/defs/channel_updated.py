"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import FlashdutyModel


class ChannelUpdated(FlashdutyModel):
    """What an update returns; empty unless external reporting was just turned on."""

    external_report_token: Annotated[str, Field(repr=False)] = ""
    """
    Freshly issued token for reporters outside the account. It is in the response only when the request turned `is_external_report_enabled` on, and no later call shows it again, so keep it safe.
    """
