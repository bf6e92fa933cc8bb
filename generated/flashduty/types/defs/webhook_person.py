"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class WebhookPerson(FlashdutyModel):
    """
    The member who caused the event. Present only when a person acted; absent for changes made by the system (automatic creation, escalation, recovery...).
    """

    person_id: int = 0
    """Member ID."""
    person_name: str = ""
    """Display name."""
    email: str = ""
    """Email address."""
