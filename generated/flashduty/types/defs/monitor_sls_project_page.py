"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import monitor_sls_project


class MonitorSlsProjectPage(FlashdutyModel):
    """One page of SLS projects."""

    projects: Annotated[list[monitor_sls_project.MonitorSlsProject], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Projects of this page."""
    count: int = 0
    """Projects on this page."""
    total: int = 0
    """Projects matching the filter over all pages."""
