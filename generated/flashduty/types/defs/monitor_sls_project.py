"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class MonitorSlsProject(FlashdutyModel):
    """An Alibaba Cloud SLS project as the data source sees it."""

    projectName: str = ""
    """Project name."""
    description: str = ""
    """Free-text description of the project."""
    status: str = ""
    """State reported by SLS, such as `Normal`."""
    owner: str = ""
    """Owning cloud account; may be empty."""
    region: str = ""
    """Region ID, such as `cn-shanghai`."""
    createTime: str = ""
    """Creation time: Unix seconds, as a string."""
    lastModifyTime: str = ""
    """Last change: Unix seconds, as a string."""
    dataRedundancyType: Annotated[Literal["LRS", "ZRS"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Locally (`LRS`) or zone (`ZRS`) redundant storage; absent when unset."""
    location: str = ""
    """Storage location; absent when unset."""
