"""A caller's own typed values pass as arguments: lists of models (or of
dicts) of the caller's own declared types, tuples, read-only mappings."""

from __future__ import annotations

from typing import Any, Mapping

import flashduty
from flashduty.types import FilterCondition, RecurringTimeWindow


def silence(client: flashduty.Flashduty) -> None:
    groups: list[list[FilterCondition]] = [[FilterCondition(key="title", oper="IN", vals=["db"])]]
    raw: list[list[dict[str, Any]]] = [[{"key": "title", "oper": "IN", "vals": ["db"]}]]
    windows: tuple[RecurringTimeWindow, ...] = ()
    client.channels.silence_rules.create(channel_id=1, rule_name="a", filters=groups)
    client.channels.silence_rules.create(
        channel_id=1, rule_name="b", filters=raw, time_filters=windows
    )
    mapping: Mapping[str, Any] = {"key": "title", "oper": "IN", "vals": []}
    client.channels.silence_rules.create(channel_id=1, rule_name="c", filters=[[mapping]])
