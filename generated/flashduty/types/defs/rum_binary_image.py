"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumBinaryImage(FlashdutyModel):
    """A binary (app, framework, library) loaded in an iOS process when it crashed."""

    uuid: str = ""
    """Build UUID of the binary."""
    name: str = ""
    """Library name."""
    is_system: bool = False
    """Whether it is a system library rather than your own."""
    load_address: str | int | None = None
    """Address it was loaded at: a hex string such as `0x100000000` or a number."""
    max_address: str | int | None = None
    """Top of its address range, as a hex string or a number."""
    arch: str = ""
    """CPU architecture, e.g. `arm64`."""
