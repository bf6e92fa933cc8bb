"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class A2AAgentCreated(FlashdutyModel):
    """What registering an A2A agent returns."""

    agent_id: str = ""
    """ID of the agent (`a2a_...`)."""
