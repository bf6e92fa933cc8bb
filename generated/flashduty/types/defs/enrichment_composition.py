"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class EnrichmentComposition(FlashdutyModel):
    """Settings of a `composition` rule."""

    result_label: str = ""
    """Label to write."""
    template: str = ""
    """Go template, e.g. `{{.labels.region}}-{{.labels.env}}`."""
    override: bool = False
    """If true, a label that is already set gets replaced; off by default."""
