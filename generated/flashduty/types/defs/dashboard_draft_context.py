"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, FlashdutyModel


class DashboardDraftContext(FlashdutyModel):
    """Where a draft belongs; an existing dashboard or a folder for a new one."""

    kind: Annotated[Literal["existing", "new"] | str, OPEN_ENUM] = ""
    """`existing` needs `dashboard_id`; `new` needs `folder_id`."""
    dashboard_id: str = ""
    """Stored dashboard (`existing` only)."""
    folder_id: int = 0
    """Target folder (`new` only)."""
