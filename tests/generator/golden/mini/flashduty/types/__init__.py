"""Every model of the API, importable from here; each module loads on first use.
Generated from spec/; do not edit."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .common import Envelope, Page
    from .pets import Pet, PetPage, Toy

_MODULES = {
    "Envelope": "common",
    "Page": "common",
    "Pet": "pets",
    "PetPage": "pets",
    "Toy": "pets",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
