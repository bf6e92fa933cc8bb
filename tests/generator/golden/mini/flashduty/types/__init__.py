"""Every model of the API, importable from here; each module loads on first use.
Generated from spec/; do not edit."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .defs.envelope import Envelope as Envelope
    from .defs.page import Page as Page
    from .defs.pet import Pet as Pet
    from .defs.pet_event import PetEvent as PetEvent
    from .defs.pet_page import PetPage as PetPage
    from .defs.pushed import Pushed as Pushed
    from .defs.toy import Toy as Toy

_MODULES = {
    "Envelope": "defs.envelope",
    "Page": "defs.page",
    "Pet": "defs.pet",
    "PetEvent": "defs.pet_event",
    "PetPage": "defs.pet_page",
    "Pushed": "defs.pushed",
    "Toy": "defs.toy",
}

__all__ = sorted(_MODULES)


if not TYPE_CHECKING:  # checkers see the imports above: a misspelt name is an error

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:  # the models, loaded or not: for the REPL and IDEs
        return sorted({*globals(), *_MODULES})
