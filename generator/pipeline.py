"""The stages in the order they run: load, validate (house rules and
examples), models, IR, contract check, render, format, reference (api.md),
then the OpenAPI check is awaited and the output written.

Where there is uncached work (validating changed parts of the spec,
formatting changed files) it is shared with a worker process, the spec check
running while the package is generated; nothing is written before it passed."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Callable, Iterable

from . import memo
from .write import differences, stale_file, write_file, write_tree

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

# The stages' modules (jsonschema, jinja2, the model generator behind them)
# take longer to import than a remembered run takes to recall: each function
# imports what it runs, so `make regenerate` with nothing changed loads none.


class LazyPool:
    """A process pool started on first use: a run with everything cached
    pays nothing for it."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None

    def _get(self) -> ProcessPoolExecutor:
        if self.pool is None:
            from concurrent.futures import ProcessPoolExecutor  # multiprocessing: 20 ms to import

            self.pool = ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 1))
        return self.pool

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self._get().submit(fn, *args)

    def map(self, fn: Callable[..., Any], items: Iterable[Any]) -> list[Any]:
        return list(self._get().map(fn, items, chunksize=1))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def produce(spec: str, package: str, cache: str | None) -> tuple[dict[str, str], int, str, str]:
    """Every output file, formatted, the number of operations, the API
    reference and the command reference."""
    remembered = memo.recall(spec, package, cache)
    if remembered is not None:  # nothing it was made from changed (memo.py)
        return remembered
    from .cli import render_cli
    from .contract import check_contract
    from .ir import Models, build
    from .load import bundle
    from .models import generate_models
    from .reference import reference
    from .render import published, render
    from .validate import Validation
    from .write import format_files

    loaded = bundle(spec, cache)
    pool = LazyPool()
    try:
        validation = Validation(loaded, cache, pool)
        try:
            validation.house_rules()
            validation.check_examples()
            validation.problems.raise_if_any()
            api = build(loaded, Models(*generate_models(loaded.document, cache)))
            check_contract(api, cache)
            files, verbatim = render(api, package, cache)
            files["openapi.json"] = published(loaded.widened)
            cli_files, cli_md = render_cli(api, loaded.document, package)
            files.update(cli_files)
            formatted = format_files(files, cache, skip=verbatim)
            api_md = reference(api)
        except Exception:
            validation.check_structure()  # an invalid spec explains the failure better, if it is one
            raise
        validation.finish()
    finally:
        pool.close()
    count = sum(len(r.operations) for root in api.resources for r in root.walk())
    memo.remember(spec, package, cache, [spec, *loaded.files], (formatted, count, api_md, cli_md))
    return formatted, count, api_md, cli_md


def lint(spec: str, cache: str | None = None) -> int:
    """Check the spec without generating; the number of operations, or
    SpecError with every problem."""
    from .load import bundle
    from .schemas import operations
    from .validate import validate

    loaded = bundle(spec, cache)
    validate(loaded, cache)
    return sum(1 for _ in operations(loaded.document))


def generate(
    spec: str,
    out: str,
    package: str,
    cache: str | None = None,
    reference_path: str | None = None,
    cli_reference_path: str | None = None,
) -> str:
    """Write the package to `out` (and the API reference to `reference_path`,
    the command reference to `cli_reference_path`)."""
    files, count, api_md, cli_md = produce(spec, package, cache)
    changed = differences(files, out)
    if changed:
        write_tree(files, out, unchanged=set(files).difference(changed))
    for path, text in ((reference_path, api_md), (cli_reference_path, cli_md)):
        if path and stale_file(path, text):
            write_file(path, text)
            changed.append(path)
    return f"{count} operations, {len(files)} files, {len(changed)} changed"


def check(
    spec: str,
    out: str,
    package: str,
    cache: str | None = None,
    reference_path: str | None = None,
    cli_reference_path: str | None = None,
) -> list[str]:
    files, _, api_md, cli_md = produce(spec, package, cache)
    stale = differences(files, out)
    for path, text in ((reference_path, api_md), (cli_reference_path, cli_md)):
        if path and stale_file(path, text):
            stale.append(path)
    return stale
