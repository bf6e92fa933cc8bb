"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from .assigned_to import AssignedTo


class IncidentFeedAssignDetail(AssignedTo):
    """Detail of `i_assign` - the assignment, plus who it reached."""

    to: list[int] = []
    """Members the assignment reached."""
