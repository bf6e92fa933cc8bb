"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AgentSessionTokenUsage(FlashdutyModel):
    """Model tokens a session has used."""

    input_tokens: int = 0
    """Tokens sent to the model."""
    cached_tokens: int = 0
    """Of those, tokens served from the model's cache."""
    output_tokens: int = 0
    """Tokens the model produced."""
    reasoning_tokens: int = 0
    """Of those, tokens spent on reasoning."""
