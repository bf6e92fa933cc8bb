"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class ServiceDeskPlusRequest(FlashdutyModel):
    """A ServiceDesk Plus request an incident opened, and how that went."""

    created_at: int = 0
    status: Annotated[Literal["success", "failed"] | EnumValue, OPEN_ENUM] = EnumValue("")
    request_id: str = ""
    request_link: str = ""
    integration_id: int = 0
    incident_id: str = ""
    incident_title: str = ""
    channel_id: int = 0
    channel_name: str = ""
    error_message: str = ""
