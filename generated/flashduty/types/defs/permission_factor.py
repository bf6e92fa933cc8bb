"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class PermissionFactor(FlashdutyModel):
    """One fine-grained control (an API, a button, a page…) that permissions are built from."""

    factor_name: str = ""
    """Identifier of the control, e.g. `template:read:info`."""
    factor_type: Literal["api", "button", "visit", "menu", "url"] | str = ""
    """Kind of control a permission factor guards."""
