"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import automation_run


class AutomationRunList(FlashdutyModel):
    """One page of automation runs."""

    total: int = 0
    """Number of matches over all pages."""
    runs: Annotated[list[automation_run.AutomationRun], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The runs of this page."""
