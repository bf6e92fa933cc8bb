"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, FlashdutyModel
from pydantic import Field

from . import monitor_folder


class MonitorFolderList(FlashdutyModel):
    """The folders the caller can see."""

    items: Annotated[list[monitor_folder.MonitorFolder], NULL_AS_EMPTY] = Field(
        default_factory=list
    )
    """Folders."""
