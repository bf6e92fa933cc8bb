"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel

from . import (
    rum_issue_error,
    rum_issue_regression,
    rum_issue_sighting,
    rum_suspected_cause,
)


class RumIssue(FlashdutyModel):
    """An error-tracking issue, a group of errors with the same fingerprint."""

    issue_id: str = ""
    """Issue ID."""
    team_id: int = 0
    """Team owning the application."""
    application_id: str = ""
    """Application the errors come from."""
    application_name: str = ""
    """Its name."""
    service: str = ""
    """Service name reported by the SDK."""
    status: Annotated[
        Literal["for_review", "reviewed", "ignored", "resolved"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """Triage state of an issue."""
    error_count: int = 0
    """Errors grouped into the issue so far."""
    session_count: int = 0
    """User sessions affected so far."""
    is_crash: bool = False
    """Whether the errors crashed the app."""
    age: int = 0
    """Seconds between first and last occurrence."""
    resolved_at: int = 0
    """When it was resolved, Unix milliseconds; 0 if not."""
    resolved_by: int = 0
    """Member who resolved it; 0 if not resolved."""
    created_at: int = 0
    """Creation time, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
    first_seen: rum_issue_sighting.RumIssueSighting | None = None
    """The first time the issue was seen, and in which version."""
    last_seen: rum_issue_sighting.RumIssueSighting | None = None
    """The latest time the issue was seen, and in which version."""
    error: rum_issue_error.RumIssueError | None = None
    suspected_cause: rum_suspected_cause.RumSuspectedCause | None = None
    regression: rum_issue_regression.RumIssueRegression | None = None
    versions: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Application versions in which it occurred."""
    severity: str = ""
    """Severity, e.g. `Info`."""
