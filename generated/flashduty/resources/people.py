"""`client.people`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._endpoint import TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .people_members import PeopleMembers, AsyncPeopleMembers
    from .people_persons import PeoplePersons, AsyncPeoplePersons
    from .people_teams import PeopleTeams, AsyncPeopleTeams
    from .people_roles import PeopleRoles, AsyncPeopleRoles
    from .people_audit_logs import PeopleAuditLogs, AsyncPeopleAuditLogs
    from .people_preferences import PeoplePreferences, AsyncPeoplePreferences
    from .people_licenses import PeopleLicenses, AsyncPeopleLicenses
    from .people_app_keys import PeopleAppKeys, AsyncPeopleAppKeys
    from .people_account import PeopleAccount, AsyncPeopleAccount

_TYPES = TypeNames(
    __name__,
    {},
)

__all__ = ["People", "AsyncPeople"]


class People(SyncResource):
    """Operations under `client.people`."""

    @cached_property
    def members(self) -> PeopleMembers:
        from .people_members import PeopleMembers

        return PeopleMembers(self._client)

    @cached_property
    def persons(self) -> PeoplePersons:
        from .people_persons import PeoplePersons

        return PeoplePersons(self._client)

    @cached_property
    def teams(self) -> PeopleTeams:
        from .people_teams import PeopleTeams

        return PeopleTeams(self._client)

    @cached_property
    def roles(self) -> PeopleRoles:
        from .people_roles import PeopleRoles

        return PeopleRoles(self._client)

    @cached_property
    def audit_logs(self) -> PeopleAuditLogs:
        from .people_audit_logs import PeopleAuditLogs

        return PeopleAuditLogs(self._client)

    @cached_property
    def preferences(self) -> PeoplePreferences:
        from .people_preferences import PeoplePreferences

        return PeoplePreferences(self._client)

    @cached_property
    def licenses(self) -> PeopleLicenses:
        from .people_licenses import PeopleLicenses

        return PeopleLicenses(self._client)

    @cached_property
    def app_keys(self) -> PeopleAppKeys:
        from .people_app_keys import PeopleAppKeys

        return PeopleAppKeys(self._client)

    @cached_property
    def account(self) -> PeopleAccount:
        from .people_account import PeopleAccount

        return PeopleAccount(self._client)


class AsyncPeople(AsyncResource):
    """Operations under `client.people`."""

    @cached_property
    def members(self) -> AsyncPeopleMembers:
        from .people_members import AsyncPeopleMembers

        return AsyncPeopleMembers(self._client)

    @cached_property
    def persons(self) -> AsyncPeoplePersons:
        from .people_persons import AsyncPeoplePersons

        return AsyncPeoplePersons(self._client)

    @cached_property
    def teams(self) -> AsyncPeopleTeams:
        from .people_teams import AsyncPeopleTeams

        return AsyncPeopleTeams(self._client)

    @cached_property
    def roles(self) -> AsyncPeopleRoles:
        from .people_roles import AsyncPeopleRoles

        return AsyncPeopleRoles(self._client)

    @cached_property
    def audit_logs(self) -> AsyncPeopleAuditLogs:
        from .people_audit_logs import AsyncPeopleAuditLogs

        return AsyncPeopleAuditLogs(self._client)

    @cached_property
    def preferences(self) -> AsyncPeoplePreferences:
        from .people_preferences import AsyncPeoplePreferences

        return AsyncPeoplePreferences(self._client)

    @cached_property
    def licenses(self) -> AsyncPeopleLicenses:
        from .people_licenses import AsyncPeopleLicenses

        return AsyncPeopleLicenses(self._client)

    @cached_property
    def app_keys(self) -> AsyncPeopleAppKeys:
        from .people_app_keys import AsyncPeopleAppKeys

        return AsyncPeopleAppKeys(self._client)

    @cached_property
    def account(self) -> AsyncPeopleAccount:
        from .people_account import AsyncPeopleAccount

        return AsyncPeopleAccount(self._client)
