"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ImNotifyPreference(FlashdutyModel):
    """IM app integrations that deliver a kind of notification to the member."""

    im_integrations: list[str] = []
    """IM app integrations to use."""
