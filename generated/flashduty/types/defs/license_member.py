"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class LicenseMember(FlashdutyModel):
    """A person and the on-call licence they hold, if any."""

    person_id: int = 0
    """Member ID."""
    person_name: str = ""
    """Display name."""
    status: str = ""
    """Member status."""
    type: Annotated[Literal["fixed", "temporary", "none"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Licence held - `fixed` (assigned seat), `temporary`, or `none`."""
    updated_by: int = 0
    """Who last assigned the licence; fixed licences only."""
    created_at: int | str | None = None
    """
    When the fixed licence was assigned, fixed licences only: Unix seconds in the current document, text in the older one (both are read).
    """
    updated_at: int | str | None = None
    """
    When the fixed licence last changed, fixed licences only; Unix seconds or text, as `created_at`.
    """
