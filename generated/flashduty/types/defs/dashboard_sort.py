"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class DashboardSort(FlashdutyModel):
    """A sort key of a dashboard listing."""

    field: Annotated[Literal["title", "updated_at", "deleted_at"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """`updated_at` on list and search, `deleted_at` on the trash list; `title` everywhere."""
    direction: Annotated[Literal["asc", "desc"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Sort direction."""
