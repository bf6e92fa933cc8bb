"""The diff's report: Markdown for a pull request, or JSON.

Written to stay readable at the size of a vendor release (hundreds of
lines): counts per rule first, then the breaking changes, then the others,
each grouped by area (the operation's tag).
"""

from __future__ import annotations

import json
import os
from typing import Iterable

from .diff_compare import WEBHOOKS, WHOLE_API, Change
from .diff_rules import RULES

_SHOWN_ALSO = 3  # other operations named on a shared model's line before "and N more"


def _who(change: Change) -> str:
    if change.method and change.operation:
        return f"`{change.method}` (`{change.operation}`)"
    if change.operation:
        return f"`{change.operation}`"
    return "All operations"


def _also(change: Change) -> str:
    others = [op for op in change.operations if op != change.operation]
    if not others:
        return ""
    named = ", ".join(f"`{op}`" for op in others[:_SHOWN_ALSO])
    more = len(others) - _SHOWN_ALSO
    return f" (also {named}{f' and {more} more' if more > 0 else ''})"


def _area_order(area: str) -> tuple[int, str]:
    """The whole API first, webhooks last, areas by name between."""
    return (0 if area == WHOLE_API else 2 if area == WEBHOOKS else 1, area)


def by_area(changes: Iterable[Change]) -> list[tuple[str, list[Change]]]:
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.area, []).append(change)
    return [(area, groups[area]) for area in sorted(groups, key=_area_order)]


def rule_counts(changes: list[Change]) -> list[tuple[str, bool, int]]:
    """(rule id, breaking, count) of every rule that fired: breaking ones
    first, then in the order of the rule table."""
    order = {rule: index for index, rule in enumerate(RULES)}
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.rule.id] = counts.get(change.rule.id, 0) + 1
    ranked = sorted(counts, key=lambda r: (not RULES[r].breaking, order[r]))
    return [(rule, RULES[rule].breaking, counts[rule]) for rule in ranked]


def markdown(changes: list[Change], old: str, new: str) -> str:
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [f"## SDK changes: {old} → {new}", ""]
    if not changes:
        return "\n".join(lines + ["No change for code that calls the SDK.", ""])
    areas = len({c.area for c in changes})
    lines += [
        f"{len(breaking)} breaking, {len(other)} not breaking, in {areas} area(s).",
        "",
        "| rule | breaking | changes |",
        "| --- | --- | --- |",
    ]
    lines += [f"| `{r}` | {'yes' if b else 'no'} | {n} |" for r, b, n in rule_counts(changes)]
    lines.append("")
    for title, group in (("Breaking", breaking), ("Not breaking", other)):
        if not group:
            continue
        lines += [f"### {title}", ""]
        for area, members in by_area(group):
            lines += [f"#### {area} ({len(members)})", ""]
            lines += [f"- {_who(c)}: {c.detail}{_also(c)}" for c in members]
            lines.append("")
    return "\n".join(lines)


def as_json(changes: list[Change]) -> str:
    """A list of objects in the order they were found (each carries its rule,
    verdict and area: a reader groups them as it likes)."""
    return json.dumps([c.as_json() for c in changes], indent=2, ensure_ascii=False)


def label(sources: list[str]) -> str:
    """How the report names its inputs; several from one folder share it."""
    folders = {os.path.dirname(source) for source in sources}
    if len(sources) > 1 and len(folders) == 1 and "" not in folders:
        names = ", ".join(os.path.basename(source) for source in sources)
        return f"`{folders.pop()}/`{{{names}}}"
    return " + ".join(f"`{source}`" for source in sources)
