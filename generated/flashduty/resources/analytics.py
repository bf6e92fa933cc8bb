"""`client.analytics`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._endpoint import TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .analytics_account import AnalyticsAccount, AsyncAnalyticsAccount
    from .analytics_alerts import AnalyticsAlerts, AsyncAnalyticsAlerts
    from .analytics_incidents import AnalyticsIncidents, AsyncAnalyticsIncidents
    from .analytics_channels import AnalyticsChannels, AsyncAnalyticsChannels
    from .analytics_teams import AnalyticsTeams, AsyncAnalyticsTeams
    from .analytics_responders import AnalyticsResponders, AsyncAnalyticsResponders
    from .analytics_reports import AnalyticsReports, AsyncAnalyticsReports

_TYPES = TypeNames(
    __name__,
    {},
)

__all__ = ["Analytics", "AsyncAnalytics"]


class Analytics(SyncResource):
    """Operations under `client.analytics`."""

    @cached_property
    def account(self) -> AnalyticsAccount:
        from .analytics_account import AnalyticsAccount

        return AnalyticsAccount(self._client)

    @cached_property
    def alerts(self) -> AnalyticsAlerts:
        from .analytics_alerts import AnalyticsAlerts

        return AnalyticsAlerts(self._client)

    @cached_property
    def incidents(self) -> AnalyticsIncidents:
        from .analytics_incidents import AnalyticsIncidents

        return AnalyticsIncidents(self._client)

    @cached_property
    def channels(self) -> AnalyticsChannels:
        from .analytics_channels import AnalyticsChannels

        return AnalyticsChannels(self._client)

    @cached_property
    def teams(self) -> AnalyticsTeams:
        from .analytics_teams import AnalyticsTeams

        return AnalyticsTeams(self._client)

    @cached_property
    def responders(self) -> AnalyticsResponders:
        from .analytics_responders import AnalyticsResponders

        return AnalyticsResponders(self._client)

    @cached_property
    def reports(self) -> AnalyticsReports:
        from .analytics_reports import AnalyticsReports

        return AnalyticsReports(self._client)


class AsyncAnalytics(AsyncResource):
    """Operations under `client.analytics`."""

    @cached_property
    def account(self) -> AsyncAnalyticsAccount:
        from .analytics_account import AsyncAnalyticsAccount

        return AsyncAnalyticsAccount(self._client)

    @cached_property
    def alerts(self) -> AsyncAnalyticsAlerts:
        from .analytics_alerts import AsyncAnalyticsAlerts

        return AsyncAnalyticsAlerts(self._client)

    @cached_property
    def incidents(self) -> AsyncAnalyticsIncidents:
        from .analytics_incidents import AsyncAnalyticsIncidents

        return AsyncAnalyticsIncidents(self._client)

    @cached_property
    def channels(self) -> AsyncAnalyticsChannels:
        from .analytics_channels import AsyncAnalyticsChannels

        return AsyncAnalyticsChannels(self._client)

    @cached_property
    def teams(self) -> AsyncAnalyticsTeams:
        from .analytics_teams import AsyncAnalyticsTeams

        return AsyncAnalyticsTeams(self._client)

    @cached_property
    def responders(self) -> AsyncAnalyticsResponders:
        from .analytics_responders import AsyncAnalyticsResponders

        return AsyncAnalyticsResponders(self._client)

    @cached_property
    def reports(self) -> AsyncAnalyticsReports:
        from .analytics_reports import AsyncAnalyticsReports

        return AsyncAnalyticsReports(self._client)
