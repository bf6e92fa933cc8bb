"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, FlashdutyModel


class DashboardSort(FlashdutyModel):
    """A sort key of a dashboard listing."""

    field: Annotated[Literal["title", "updated_at", "deleted_at"] | str, OPEN_ENUM] = ""
    """`updated_at` on list and search, `deleted_at` on the trash list; `title` everywhere."""
    direction: Annotated[Literal["asc", "desc"] | str, OPEN_ENUM] = ""
    """Sort direction."""
