"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list
from .assigned_to import AssignedTo


class IncidentFeedAssignDetail(AssignedTo):
    """Detail of `i_assign` - the assignment, plus who it reached."""

    to: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Members the assignment reached."""
