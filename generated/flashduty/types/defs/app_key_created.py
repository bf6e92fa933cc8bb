"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AppKeyCreated(FlashdutyModel):
    """A new personal APP key, secret included. Store the secret now; no call returns it again."""

    key_id: int = 0
    """Key ID."""
    key_name: str = ""
    """Name of the key."""
    key: str = ""
    """The secret APP key."""
