"""Models of the `ai_sre_triggers` area. Generated from spec/; do not edit."""

from .defs.automation_trigger_fired import AutomationTriggerFired as AutomationTriggerFired

__all__ = ["AutomationTriggerFired"]
