"""`client.people.teams`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.team import Team
    from ..types.defs.team_brief_list import TeamBriefList
    from ..types.defs.team_page import TeamPage
    from ..types.defs.team_upsert_result import TeamUpsertResult

_TYPES = TypeNames(
    __name__,
    {
        "Team": "defs.team",
        "TeamBriefList": "defs.team_brief_list",
        "TeamPage": "defs.team_page",
        "TeamUpsertResult": "defs.team_upsert_result",
    },
)

__all__ = ["PeopleTeams", "AsyncPeopleTeams"]

_TEAMS_LIST: Endpoint[TeamPage] = Endpoint(
    "POST",
    "/team/list",
    kind="page",
    data="TeamPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_TEAMS_INFO: Endpoint[Team] = Endpoint(
    "POST", "/team/info", kind="model", data="Team", types=_TYPES, idempotent=True
)
_TEAMS_INFOS: Endpoint[TeamBriefList] = Endpoint(
    "POST", "/team/infos", kind="model", data="TeamBriefList", types=_TYPES, idempotent=True
)
_TEAMS_UPSERT: Endpoint[TeamUpsertResult] = Endpoint(
    "POST", "/team/upsert", kind="model", data="TeamUpsertResult", types=_TYPES
)
_TEAMS_DELETE: Endpoint[None] = Endpoint("POST", "/team/delete", kind="none")


class PeopleTeams(SyncResource):
    """Operations under `client.people.teams`."""

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at", "team_name"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        person_id: int | Omit = OMIT,
        query: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Team, TeamPage]:
        """List teams.

        Lists the account's teams a page at a time, optionally only those a given person
        belongs to or whose name matches a keyword.

        HTTP: POST /team/list

        Args:
            p: Page number, from 1.
            limit: Page size, at most 100.
            orderby: Field to sort on.
            asc: Ascending order when true.
            person_id: Only teams this person (a member or the account) belongs to.
            query: Keyword matched against team names.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
            "person_id": person_id,
            "query": query,
        }
        return sync_page(self._client, _TEAMS_LIST, args, options)

    def info(
        self,
        *,
        team_id: int | Omit = OMIT,
        team_name: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> Team:
        """Get one team.

        Returns a team with its members. Identify it by `team_id`, `team_name` or
        `ref_id`; give at least one.

        HTTP: POST /team/info

        Args:
            team_id: Team ID.
            team_name: Team name.
            ref_id: Identifier of the team in an external system.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"team_id": team_id, "team_name": team_name, "ref_id": ref_id}
        return self._client.request(_TEAMS_INFO, args, **options)

    def infos(
        self, *, team_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> TeamBriefList:
        """Get several teams.

        Returns the name and members of up to 100 teams at once.

        HTTP: POST /team/infos

        Args:
            team_ids: Teams to look up, at most 100.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"team_ids": team_ids}
        return self._client.request(_TEAMS_INFOS, args, **options)

    def upsert(
        self,
        *,
        team_name: str,
        team_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        person_ids: SequenceNotStr[int] | Omit = OMIT,
        emails: SequenceNotStr[str] | Omit = OMIT,
        phones: SequenceNotStr[str] | Omit = OMIT,
        country_code: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        reset_if_name_exist: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> TeamUpsertResult:
        """Create or update a team.

        Creates a team, or updates it when `team_id` names an existing one.
        `person_ids`, `emails` and `phones` are merged into the member list, which
        replaces the previous one; addresses and numbers not yet in the account are
        invited. Without `team_id`, a name already in use is refused unless
        `reset_if_name_exist` is true, which updates that team instead.

        Permission: Teams Manage.
        HTTP: POST /team/upsert

        Args:
            team_name: Name, unique in the account.
            team_id: Team to update; omit or 0 to create one.
            description: Free-text description.
            person_ids: Members of the team.
            emails: Email addresses of members; unknown ones are invited.
            phones: Phone numbers of members; unknown ones are invited.
            country_code: Country code applied to `phones` entries not written in E.164
                form.
            ref_id: Identifier of the team in an external system.
            reset_if_name_exist: When creating, update the team that already has this
                name instead of failing.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "team_name": team_name,
            "team_id": team_id,
            "description": description,
            "person_ids": person_ids,
            "emails": emails,
            "phones": phones,
            "countryCode": country_code,
            "ref_id": ref_id,
            "reset_if_name_exist": reset_if_name_exist,
        }
        return self._client.request(_TEAMS_UPSERT, args, **options)

    def delete(
        self,
        *,
        team_id: int | Omit = OMIT,
        team_name: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a team.

        Deletes a team for good. Identify it by `team_id`, `team_name` or `ref_id`; give
        at least one. Fails with `ReferenceExist` while schedules, escalation rules or
        other objects still use the team.

        Permission: Teams Manage.
        HTTP: POST /team/delete

        Args:
            team_id: Team ID.
            team_name: Team name.
            ref_id: Identifier of the team in an external system.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"team_id": team_id, "team_name": team_name, "ref_id": ref_id}
        return self._client.request(_TEAMS_DELETE, args, **options)


class AsyncPeopleTeams(AsyncResource):
    """Operations under `client.people.teams`."""

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at", "team_name"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        person_id: int | Omit = OMIT,
        query: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Team, TeamPage]:
        """List teams: the awaitable `PeopleTeams.list`, documented there."""
        args = {
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
            "person_id": person_id,
            "query": query,
        }
        return AsyncPager(self._client, _TEAMS_LIST, args, options)

    async def info(
        self,
        *,
        team_id: int | Omit = OMIT,
        team_name: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> Team:
        """Get one team: the awaitable `PeopleTeams.info`, documented there."""
        args = {"team_id": team_id, "team_name": team_name, "ref_id": ref_id}
        return await self._client.request(_TEAMS_INFO, args, **options)

    async def infos(
        self, *, team_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> TeamBriefList:
        """Get several teams: the awaitable `PeopleTeams.infos`, documented there."""
        args = {"team_ids": team_ids}
        return await self._client.request(_TEAMS_INFOS, args, **options)

    async def upsert(
        self,
        *,
        team_name: str,
        team_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        person_ids: SequenceNotStr[int] | Omit = OMIT,
        emails: SequenceNotStr[str] | Omit = OMIT,
        phones: SequenceNotStr[str] | Omit = OMIT,
        country_code: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        reset_if_name_exist: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> TeamUpsertResult:
        """Create or update a team: the awaitable `PeopleTeams.upsert`, documented there."""
        args = {
            "team_name": team_name,
            "team_id": team_id,
            "description": description,
            "person_ids": person_ids,
            "emails": emails,
            "phones": phones,
            "countryCode": country_code,
            "ref_id": ref_id,
            "reset_if_name_exist": reset_if_name_exist,
        }
        return await self._client.request(_TEAMS_UPSERT, args, **options)

    async def delete(
        self,
        *,
        team_id: int | Omit = OMIT,
        team_name: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a team: the awaitable `PeopleTeams.delete`, documented there."""
        args = {"team_id": team_id, "team_name": team_name, "ref_id": ref_id}
        return await self._client.request(_TEAMS_DELETE, args, **options)
