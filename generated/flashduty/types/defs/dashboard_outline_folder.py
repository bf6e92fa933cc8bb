"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class DashboardOutlineFolder(FlashdutyModel):
    """The folder of an outlined dashboard."""

    folder_id: int = 0
    """Folder ID."""
    breadcrumb: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Folder names from the top."""
