"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorRuleAudit(FlashdutyModel):
    """One recorded change of a rule (a create or an update)."""

    id: int = 0
    """Audit record ID."""
    account_id: int = 0
    """Account that owns the rule."""
    alert_rule_id: int = 0
    """Rule the record belongs to."""
    action: str = ""
    """What happened, e.g. `create` or `update`."""
    content: str = ""
    """
    The whole rule after the change, as a JSON string; parse it yourself. Only `monitors.rules.audits.info` fills it in.
    """
    creator_id: int = 0
    """Member who made the change."""
    creator_name: str = ""
    """Name of that member."""
    created_at: int = 0
    """When the change was made, Unix seconds."""
