"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class MonitorAnyDataRecovery(FlashdutyModel):
    """When an any-data alert counts as recovered."""

    mode: Literal["", "nodata", "ql"] | str = ""
    """
    `nodata` (also empty or omitted) recovers once the query returns nothing; `ql` recovers when `condition` matches, and then allows a single query named `A`.
    """
    condition: str = ""
    """Recovery expression; required with `ql`."""
    args: dict[str, str] = {}
    """Source-specific extra parameters (e.g. for Elasticsearch)."""
