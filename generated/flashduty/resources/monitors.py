"""`client.monitors`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._endpoint import TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .monitors_rules import MonitorsRules, AsyncMonitorsRules
    from .monitors_data_sources import MonitorsDataSources, AsyncMonitorsDataSources
    from .monitors_rule_sets import MonitorsRuleSets, AsyncMonitorsRuleSets

_TYPES = TypeNames(
    __name__,
    {},
)

__all__ = ["Monitors", "AsyncMonitors"]


class Monitors(SyncResource):
    """Operations under `client.monitors`."""

    @cached_property
    def rules(self) -> MonitorsRules:
        from .monitors_rules import MonitorsRules

        return MonitorsRules(self._client)

    @cached_property
    def data_sources(self) -> MonitorsDataSources:
        from .monitors_data_sources import MonitorsDataSources

        return MonitorsDataSources(self._client)

    @cached_property
    def rule_sets(self) -> MonitorsRuleSets:
        from .monitors_rule_sets import MonitorsRuleSets

        return MonitorsRuleSets(self._client)


class AsyncMonitors(AsyncResource):
    """Operations under `client.monitors`."""

    @cached_property
    def rules(self) -> AsyncMonitorsRules:
        from .monitors_rules import AsyncMonitorsRules

        return AsyncMonitorsRules(self._client)

    @cached_property
    def data_sources(self) -> AsyncMonitorsDataSources:
        from .monitors_data_sources import AsyncMonitorsDataSources

        return AsyncMonitorsDataSources(self._client)

    @cached_property
    def rule_sets(self) -> AsyncMonitorsRuleSets:
        from .monitors_rule_sets import AsyncMonitorsRuleSets

        return AsyncMonitorsRuleSets(self._client)
