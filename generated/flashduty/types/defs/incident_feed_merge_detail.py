"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import incident_brief


class IncidentFeedMergeDetail(FlashdutyModel):
    """Detail of `i_merge`."""

    comment: str | None = None
    """Comment left with the merge."""
    source_incidents: list[incident_brief.IncidentBrief] | None = None
    """Incidents merged in."""
    target_incident: incident_brief.IncidentBrief | None = None
    owner_id: int | None = None
    """Member who merged."""
    title: str | None = None
    """Title after the merge."""
    remove_source_incidents: bool | None = None
    """Whether the merged incidents were deleted rather than closed."""
    source_responders: list[int] | None = None
    """Responders the target inherited from the incidents merged into it."""
