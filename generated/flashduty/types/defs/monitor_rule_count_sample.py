"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorRuleCountSample(FlashdutyModel):
    """The account's number of rules at one moment."""

    id: int
    """Sample ID."""
    account_id: int
    """Account ID."""
    num: int
    """Number of rules at that moment."""
    clock: int
    """When the sample was taken, Unix seconds."""
