"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumErrorIngestionRuleCreated(FlashdutyModel):
    rule_id: str = ""
    rule_name: str = ""
