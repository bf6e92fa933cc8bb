"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class PermissionFactor(FlashdutyModel):
    """One fine-grained control (an API, a button, a page…) that permissions are built from."""

    factor_name: str = ""
    """Identifier of the control, e.g. `template:read:info`."""
    factor_type: Annotated[
        Literal["api", "button", "visit", "menu", "url"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """Kind of control a permission factor guards."""
