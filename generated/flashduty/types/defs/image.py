"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class Image(FlashdutyModel):
    """An image attached to an incident or a comment."""

    src: str = ""
    """
    Where the image comes from - a token starting with `img_` returned by an upload, or an http or https link.
    """
    href: str = ""
    """Link the image opens."""
    alt: str = ""
    """Alternative text."""
