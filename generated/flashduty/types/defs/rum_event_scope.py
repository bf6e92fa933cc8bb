"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from pydantic import RootModel


class RumEventScope(
    RootModel[
        Literal[
            "session",
            "view",
            "action",
            "error",
            "resource",
            "long_task",
            "vital",
            "issue",
            "sourcemap",
        ]
        | str
    ]
):
    root: (
        Literal[
            "session",
            "view",
            "action",
            "error",
            "resource",
            "long_task",
            "vital",
            "issue",
            "sourcemap",
        ]
        | str
    )
    """Kind of RUM data to search."""
