"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import knowledge_file


class KnowledgeFileContent(FlashdutyModel):
    """A knowledge file with its content."""

    file: knowledge_file.KnowledgeFile | None = None
    content_b64: str = ""
    """The file's content, base64-encoded."""
