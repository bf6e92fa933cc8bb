"""`client.rum`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._endpoint import TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .rum_applications import RumApplications, AsyncRumApplications
    from .rum_error_ingestion_rules import RumErrorIngestionRules, AsyncRumErrorIngestionRules
    from .rum_preset_severity_rules import RumPresetSeverityRules, AsyncRumPresetSeverityRules
    from .rum_resources import RumResources, AsyncRumResources
    from .rum_remote_config import RumRemoteConfig, AsyncRumRemoteConfig
    from .rum_issues import RumIssues, AsyncRumIssues
    from .rum_sourcemaps import RumSourcemaps, AsyncRumSourcemaps
    from .rum_data import RumData, AsyncRumData
    from .rum_facets import RumFacets, AsyncRumFacets
    from .rum_fields import RumFields, AsyncRumFields
    from .rum_session_replays import RumSessionReplays, AsyncRumSessionReplays

_TYPES = TypeNames(
    __name__,
    {},
)

__all__ = ["Rum", "AsyncRum"]


class Rum(SyncResource):
    """Operations under `client.rum`."""

    @cached_property
    def applications(self) -> RumApplications:
        from .rum_applications import RumApplications

        return RumApplications(self._client)

    @cached_property
    def error_ingestion_rules(self) -> RumErrorIngestionRules:
        from .rum_error_ingestion_rules import RumErrorIngestionRules

        return RumErrorIngestionRules(self._client)

    @cached_property
    def preset_severity_rules(self) -> RumPresetSeverityRules:
        from .rum_preset_severity_rules import RumPresetSeverityRules

        return RumPresetSeverityRules(self._client)

    @cached_property
    def resources(self) -> RumResources:
        from .rum_resources import RumResources

        return RumResources(self._client)

    @cached_property
    def remote_config(self) -> RumRemoteConfig:
        from .rum_remote_config import RumRemoteConfig

        return RumRemoteConfig(self._client)

    @cached_property
    def issues(self) -> RumIssues:
        from .rum_issues import RumIssues

        return RumIssues(self._client)

    @cached_property
    def sourcemaps(self) -> RumSourcemaps:
        from .rum_sourcemaps import RumSourcemaps

        return RumSourcemaps(self._client)

    @cached_property
    def data(self) -> RumData:
        from .rum_data import RumData

        return RumData(self._client)

    @cached_property
    def facets(self) -> RumFacets:
        from .rum_facets import RumFacets

        return RumFacets(self._client)

    @cached_property
    def fields(self) -> RumFields:
        from .rum_fields import RumFields

        return RumFields(self._client)

    @cached_property
    def session_replays(self) -> RumSessionReplays:
        from .rum_session_replays import RumSessionReplays

        return RumSessionReplays(self._client)


class AsyncRum(AsyncResource):
    """Operations under `client.rum`."""

    @cached_property
    def applications(self) -> AsyncRumApplications:
        from .rum_applications import AsyncRumApplications

        return AsyncRumApplications(self._client)

    @cached_property
    def error_ingestion_rules(self) -> AsyncRumErrorIngestionRules:
        from .rum_error_ingestion_rules import AsyncRumErrorIngestionRules

        return AsyncRumErrorIngestionRules(self._client)

    @cached_property
    def preset_severity_rules(self) -> AsyncRumPresetSeverityRules:
        from .rum_preset_severity_rules import AsyncRumPresetSeverityRules

        return AsyncRumPresetSeverityRules(self._client)

    @cached_property
    def resources(self) -> AsyncRumResources:
        from .rum_resources import AsyncRumResources

        return AsyncRumResources(self._client)

    @cached_property
    def remote_config(self) -> AsyncRumRemoteConfig:
        from .rum_remote_config import AsyncRumRemoteConfig

        return AsyncRumRemoteConfig(self._client)

    @cached_property
    def issues(self) -> AsyncRumIssues:
        from .rum_issues import AsyncRumIssues

        return AsyncRumIssues(self._client)

    @cached_property
    def sourcemaps(self) -> AsyncRumSourcemaps:
        from .rum_sourcemaps import AsyncRumSourcemaps

        return AsyncRumSourcemaps(self._client)

    @cached_property
    def data(self) -> AsyncRumData:
        from .rum_data import AsyncRumData

        return AsyncRumData(self._client)

    @cached_property
    def facets(self) -> AsyncRumFacets:
        from .rum_facets import AsyncRumFacets

        return AsyncRumFacets(self._client)

    @cached_property
    def fields(self) -> AsyncRumFields:
        from .rum_fields import AsyncRumFields

        return AsyncRumFields(self._client)

    @cached_property
    def session_replays(self) -> AsyncRumSessionReplays:
        from .rum_session_replays import AsyncRumSessionReplays

        return AsyncRumSessionReplays(self._client)
