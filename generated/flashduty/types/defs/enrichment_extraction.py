"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class EnrichmentExtraction(FlashdutyModel):
    """Settings of an `extraction` rule. Give exactly one of `pattern` and `g_json`."""

    source_field: str = ""
    """Field to read: `title`, `description` or `labels.<key>`."""
    result_label: str = ""
    """Label to write."""
    pattern: str = ""
    """RE2 regular expression; a named group `result` selects the part to keep."""
    g_json: str = ""
    """GJSON path, for fields that hold JSON."""
    override: bool = False
    """If true, a label that is already set gets replaced; off by default."""
