"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IntegrationUpserted(FlashdutyModel):
    """The integration just created or updated."""

    integration_id: int = 0
    """Integration ID."""
    integration_key: str = ""
    """Its key."""
