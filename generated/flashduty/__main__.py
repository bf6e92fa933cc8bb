"""`python -m flashduty`: the command line (needs the `cli` extra)."""

from ._cli import main

main()
