"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class WebhookResponder(FlashdutyModel):
    """A member responding to the incident, as webhook payloads list them."""

    person_id: int = 0
    """Member ID."""
    person_name: str = ""
    """Display name."""
    email: str = ""
    """Email address."""
    assigned_at: int = 0
    """When they were assigned, Unix seconds."""
    acknowledged_at: int = 0
    """When they acknowledged, Unix seconds; 0 if not yet."""
