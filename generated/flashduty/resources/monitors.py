"""`client.monitors`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._endpoint import TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .monitors_rules import MonitorsRules, AsyncMonitorsRules
    from .monitors_dashboards import MonitorsDashboards, AsyncMonitorsDashboards
    from .monitors_folders import MonitorsFolders, AsyncMonitorsFolders
    from .monitors_queries import MonitorsQueries, AsyncMonitorsQueries
    from .monitors_tools import MonitorsTools, AsyncMonitorsTools
    from .monitors_targets import MonitorsTargets, AsyncMonitorsTargets
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
    def dashboards(self) -> MonitorsDashboards:
        from .monitors_dashboards import MonitorsDashboards

        return MonitorsDashboards(self._client)

    @cached_property
    def folders(self) -> MonitorsFolders:
        from .monitors_folders import MonitorsFolders

        return MonitorsFolders(self._client)

    @cached_property
    def queries(self) -> MonitorsQueries:
        from .monitors_queries import MonitorsQueries

        return MonitorsQueries(self._client)

    @cached_property
    def tools(self) -> MonitorsTools:
        from .monitors_tools import MonitorsTools

        return MonitorsTools(self._client)

    @cached_property
    def targets(self) -> MonitorsTargets:
        from .monitors_targets import MonitorsTargets

        return MonitorsTargets(self._client)

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
    def dashboards(self) -> AsyncMonitorsDashboards:
        from .monitors_dashboards import AsyncMonitorsDashboards

        return AsyncMonitorsDashboards(self._client)

    @cached_property
    def folders(self) -> AsyncMonitorsFolders:
        from .monitors_folders import AsyncMonitorsFolders

        return AsyncMonitorsFolders(self._client)

    @cached_property
    def queries(self) -> AsyncMonitorsQueries:
        from .monitors_queries import AsyncMonitorsQueries

        return AsyncMonitorsQueries(self._client)

    @cached_property
    def tools(self) -> AsyncMonitorsTools:
        from .monitors_tools import AsyncMonitorsTools

        return AsyncMonitorsTools(self._client)

    @cached_property
    def targets(self) -> AsyncMonitorsTargets:
        from .monitors_targets import AsyncMonitorsTargets

        return AsyncMonitorsTargets(self._client)

    @cached_property
    def data_sources(self) -> AsyncMonitorsDataSources:
        from .monitors_data_sources import AsyncMonitorsDataSources

        return AsyncMonitorsDataSources(self._client)

    @cached_property
    def rule_sets(self) -> AsyncMonitorsRuleSets:
        from .monitors_rule_sets import AsyncMonitorsRuleSets

        return AsyncMonitorsRuleSets(self._client)
