"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorDataSourceType(FlashdutyModel):
    """A kind of data source that rules can query."""

    id: int = 0
    """Type ID."""
    name: str = ""
    """Display name, e.g. `Prometheus`."""
    ident: str = ""
    """Identifier to use as a rule's `ds_type`, e.g. `prometheus`."""
    account_id: int = 0
    """Owning account; 0 for the built-in types everyone has."""
    weight: int = 0
    """Sort weight; higher comes first."""
