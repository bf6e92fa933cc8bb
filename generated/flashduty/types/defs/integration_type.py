"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class IntegrationType(FlashdutyModel):
    """A kind of integration the account can set up, and whether the API can create it."""

    plugin_type: str = ""
    plugin_type_name: str = ""
    plugin_type_logo_url: str = ""
    category: str = ""
    status: Annotated[Literal["enabled", "disabled"] | EnumValue, OPEN_ENUM] = EnumValue("")
    supports_api_create: bool = False
