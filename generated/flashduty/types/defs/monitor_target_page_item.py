"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorTargetPageItem(FlashdutyModel):
    target_kind: str = ""
    target_locator: str = ""
    agent_version: str = ""
    cluster_name: str = ""
    edge_ipport: str = ""
    updated_at: int = 0
    """Unix seconds."""
