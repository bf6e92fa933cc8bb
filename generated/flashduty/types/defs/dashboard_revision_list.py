"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import dashboard_revision


class DashboardRevisionList(FlashdutyModel):
    """A dashboard's latest revisions, newest first."""

    items: Annotated[list[dashboard_revision.DashboardRevision], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Revisions, at most 20."""
