"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorRuleQuery(FlashdutyModel):
    """One main query of a rule."""

    name: str = ""
    """Short alias that checks refer to, e.g. `A`; `R` is reserved."""
    expr: str = ""
    """Query text in the data source's language (PromQL, SQL, ...)."""
    label_fields: list[str] = []
    """For log and database sources: result columns that become labels."""
    value_fields: list[str] = []
    """For log and database sources: result columns whose values are checked."""
    args: dict[str, str] = {}
    """Source-specific extra parameters."""
