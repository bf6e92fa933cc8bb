"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class PostMortemMedia(FlashdutyModel):
    """An image stored with a post-mortem."""

    url: str = ""
    """
    Relative storage key of the upload. The key is not a download link: trade it for a presigned URL through `/object/presigned/get` to fetch the file.
    """
