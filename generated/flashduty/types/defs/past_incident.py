"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from .incident import Incident


class PastIncident(Incident):
    """A past incident similar to the one asked about, with how close it is."""

    score: float = 0.0
    """Similarity to the incident asked about; higher is closer."""
