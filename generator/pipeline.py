"""The stages in order: load, validate, model, models, render, write."""

from __future__ import annotations

from .ir import build
from .load import bundle
from .models import generate_models
from .render import render
from .validate import validate
from .write import differences, format_files, write_tree


def produce(spec: str, package: str, cache: str | None) -> tuple[dict[str, str], int]:
    """Every output file, formatted, and the number of operations."""
    loaded = bundle(spec)
    validate(loaded, cache)
    api = build(loaded)
    models, def_modules = generate_models(loaded.widened, cache)
    files = render(api, models, def_modules, loaded.widened, package)
    count = sum(len(r.operations) for root in api.resources for r in root.walk())
    return format_files(files, cache), count


def generate(spec: str, out: str, package: str, cache: str | None = None) -> str:
    files, count = produce(spec, package, cache)
    changed = differences(files, out)
    if changed:
        write_tree(files, out)
    return f"{count} operations, {len(files)} files, {len(changed)} changed"


def check(spec: str, out: str, package: str, cache: str | None = None) -> list[str]:
    files, _ = produce(spec, package, cache)
    return differences(files, out)
