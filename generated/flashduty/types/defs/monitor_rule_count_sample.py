"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorRuleCountSample(FlashdutyModel):
    """The account's number of rules at one moment."""

    id: int = 0
    """Sample ID."""
    account_id: int = 0
    """Account ID."""
    num: int = 0
    """Number of rules at that moment."""
    clock: int = 0
    """When the sample was taken, Unix seconds."""
