"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorRuleRelateQuery(FlashdutyModel):
    """An auxiliary query that adds context to alert events."""

    name: str = ""
    """Alias; must differ from every main query's name."""
    expr: str = ""
    """Query text; must not be empty."""
    args: dict[str, str] = {}
    """Source-specific extra parameters."""
