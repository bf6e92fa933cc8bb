"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from ..._models import FlashdutyModel


class MonitorAnyDataRecovery(FlashdutyModel):
    """When an any-data alert counts as recovered."""

    mode: Literal["", "nodata", "ql"] | str | None = None
    """
    `nodata` (also empty or omitted) recovers once the query returns nothing; `ql` recovers when `condition` matches, and then allows a single query named `A`.
    """
    condition: str | None = None
    """Recovery expression; required with `ql`."""
    args: dict[str, Any] | None = None
    """Source-specific extra parameters (e.g. for Elasticsearch)."""
