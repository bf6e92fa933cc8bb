"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class DashboardDraftContext(FlashdutyModel):
    """Where a draft belongs; an existing dashboard or a folder for a new one."""

    kind: Annotated[Literal["existing", "new"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """`existing` needs `dashboard_id`; `new` needs `folder_id`."""
    dashboard_id: str = ""
    """Stored dashboard (`existing` only)."""
    folder_id: int = 0
    """Target folder (`new` only)."""
