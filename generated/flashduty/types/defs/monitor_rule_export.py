"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from .monitor_rule_settings import MonitorRuleSettings


class MonitorRuleExport(MonitorRuleSettings):
    """
    A rule as exported: its settings without IDs, folder, channels or audit fields, ready to be imported elsewhere.
    """
