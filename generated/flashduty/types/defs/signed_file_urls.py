"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class SignedFileUrls(FlashdutyModel):
    """Short-lived links to download or view a session file."""

    download_url: str = ""
    """Link that downloads the file, relative to the API's base URL."""
    preview_url: str = ""
    """Link that shows the file in a browser, relative to the API's base URL."""
    expires_in: int = 0
    """Seconds the links stay valid."""
    name: str = ""
    """File name."""
    content_type: str = ""
    """Media type of the file."""
    size: int = 0
    """Size of the file in bytes."""
