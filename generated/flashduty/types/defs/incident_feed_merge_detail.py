"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import incident_brief


class IncidentFeedMergeDetail(FlashdutyModel):
    """Detail of `i_merge`."""

    comment: str = ""
    """Comment left with the merge."""
    source_incidents: Annotated[list[incident_brief.IncidentBrief], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Incidents merged in."""
    target_incident: incident_brief.IncidentBrief | None = None
    owner_id: int = 0
    """Member who merged."""
    title: str = ""
    """Title after the merge."""
    remove_source_incidents: bool = False
    """Whether the merged incidents were deleted rather than closed."""
    source_responders: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Responders the target inherited from the incidents merged into it."""
