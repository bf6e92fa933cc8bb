"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from pydantic import RootModel


class IncidentCardViewEquals(RootModel[str]):
    root: str
    """
    What incidents must share to fall into the same card: `title`, `incident_severity`, `incident_status`, or a label written `labels.<key>`.
    """
