"""`client.ai_sre.skills`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, FileInput, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.skill import Skill
    from ..types.defs.skill_list import SkillList

_TYPES = TypeNames(
    __name__,
    {
        "Skill": "defs.skill",
        "SkillList": "defs.skill_list",
    },
)

__all__ = ["AiSreSkills", "AsyncAiSreSkills"]

_SKILLS_DELETE: Endpoint[None] = Endpoint(
    "POST", "/safari/skill/delete", kind="none", limits=(20, 300)
)
_SKILLS_DISABLE: Endpoint[None] = Endpoint(
    "POST", "/safari/skill/disable", kind="none", limits=(20, 300)
)
_SKILLS_ENABLE: Endpoint[None] = Endpoint(
    "POST", "/safari/skill/enable", kind="none", limits=(20, 300)
)
_SKILLS_GET: Endpoint[Skill] = Endpoint(
    "POST", "/safari/skill/get", kind="model", data="Skill", types=_TYPES, idempotent=True
)
_SKILLS_LIST: Endpoint[SkillList] = Endpoint(
    "POST",
    "/safari/skill/list",
    kind="page",
    data="SkillList",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="skills", page="p", total="total"),
)
_SKILLS_UPDATE: Endpoint[Skill] = Endpoint(
    "POST", "/safari/skill/update", kind="model", data="Skill", types=_TYPES, limits=(20, 300)
)
_SKILLS_UPLOAD: Endpoint[Skill] = Endpoint(
    "POST",
    "/safari/skill/upload",
    kind="model",
    data="Skill",
    types=_TYPES,
    files=("file",),
    limits=(3, 30),
    multipart=True,
)


class AiSreSkills(SyncResource):
    """Operations under `client.ai_sre.skills`."""

    def delete(self, *, skill_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a skill.

        Deletes a skill; the agent can no longer load it and its name is free again.
        Deleting it a second time fails with `ResourceNotFound`.

        Permission: Skill Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/skill/delete

        Args:
            skill_id: The skill.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"skill_id": skill_id}
        return self._client.request(_SKILLS_DELETE, args, **options)

    def disable(self, *, skill_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disable a skill.

        Keeps the skill but stops the agent from loading it.

        Permission: Skill Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/skill/disable

        Args:
            skill_id: The skill.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"skill_id": skill_id}
        return self._client.request(_SKILLS_DISABLE, args, **options)

    def enable(self, *, skill_id: str, **options: Unpack[RequestOptions]) -> None:
        """Enable a skill.

        Lets the agent load a disabled skill again.

        Permission: Skill Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/skill/enable

        Args:
            skill_id: The skill.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"skill_id": skill_id}
        return self._client.request(_SKILLS_ENABLE, args, **options)

    def get(self, *, skill_id: str, **options: Unpack[RequestOptions]) -> Skill:
        """Get a skill.

        Returns one skill including the full text of its SKILL.md.

        HTTP: POST /safari/skill/get

        Args:
            skill_id: The skill.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"skill_id": skill_id}
        return self._client.request(_SKILLS_GET, args, **options)

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        scope: Literal["all", "account", "team"] | EnumValue | Omit = OMIT,
        query: str | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        include_account: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Skill, SkillList]:
        """List skills.

        Lists the skills the caller can see, account-wide and in the caller's teams,
        without their SKILL.md text (get one skill for that). `update_available` marks
        skills installed from the marketplace that have a newer version there. Paged by
        `p` and `limit`; `total` counts every match.

        HTTP: POST /safari/skill/list

        Args:
            p: Page number, from 1.
            limit: Items per page.
            scope: Which items to include: all visible ones, or only account-wide
                (personal) or only team ones.
            query: Text to search for.
            team_ids: Only these teams (among those the caller can see).
            include_account: Whether account-wide items are included (default true);
                ignored when `scope` is set to `account` or `team`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "p": p,
            "limit": limit,
            "scope": scope,
            "query": query,
            "team_ids": team_ids,
            "include_account": include_account,
        }
        return sync_page(self._client, _SKILLS_LIST, args, options)

    def update(
        self,
        *,
        skill_id: str,
        description: str | Omit = OMIT,
        description_en: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Update a skill.

        Changes a skill's descriptions or moves it to another team; its content is
        changed by uploading a new bundle instead. `description` cannot be cleared (an
        empty one is ignored); `description_en` is cleared by an empty string.

        Permission: Skill Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/skill/update

        Args:
            skill_id: The skill.
            description: New description.
            description_en: New English description.
            team_id: Owning team; 0 for the account (or, for automation rules, the
                caller personally).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "skill_id": skill_id,
            "description": description,
            "description_en": description_en,
            "team_id": team_id,
        }
        return self._client.request(_SKILLS_UPDATE, args, **options)

    def upload(
        self,
        *,
        file: FileInput,
        team_id: int | Omit = OMIT,
        replace: bool | Omit = OMIT,
        skill_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Upload a skill.

        Uploads a skill bundle holding a SKILL.md (`.skill`, `.zip`, `.tar.gz` or
        `.tgz`, at most 100 MB) as a multipart form. Without `replace`, a name already
        taken is an error; with it, the skill named by `skill_id`, or else the one with
        the bundle's name, is overwritten (and created when there is none).

        Permission: Skill Manage.
        Rate limit: 3 per second, 30 per minute.
        HTTP: POST /safari/skill/upload

        Args:
            file: The skill bundle: an archive holding SKILL.md.
            team_id: Team that owns the skill; 0 for the whole account.
            replace: Overwrite an existing skill instead of failing.
            skill_id: Skill to replace (with `replace`).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"file": file, "team_id": team_id, "replace": replace, "skill_id": skill_id}
        return self._client.request(_SKILLS_UPLOAD, args, **options)


class AsyncAiSreSkills(AsyncResource):
    """Operations under `client.ai_sre.skills`."""

    async def delete(self, *, skill_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a skill: the awaitable `AiSreSkills.delete`, documented there."""
        args = {"skill_id": skill_id}
        return await self._client.request(_SKILLS_DELETE, args, **options)

    async def disable(self, *, skill_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disable a skill: the awaitable `AiSreSkills.disable`, documented there."""
        args = {"skill_id": skill_id}
        return await self._client.request(_SKILLS_DISABLE, args, **options)

    async def enable(self, *, skill_id: str, **options: Unpack[RequestOptions]) -> None:
        """Enable a skill: the awaitable `AiSreSkills.enable`, documented there."""
        args = {"skill_id": skill_id}
        return await self._client.request(_SKILLS_ENABLE, args, **options)

    async def get(self, *, skill_id: str, **options: Unpack[RequestOptions]) -> Skill:
        """Get a skill: the awaitable `AiSreSkills.get`, documented there."""
        args = {"skill_id": skill_id}
        return await self._client.request(_SKILLS_GET, args, **options)

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        scope: Literal["all", "account", "team"] | EnumValue | Omit = OMIT,
        query: str | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        include_account: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Skill, SkillList]:
        """List skills: the awaitable `AiSreSkills.list`, documented there."""
        args = {
            "p": p,
            "limit": limit,
            "scope": scope,
            "query": query,
            "team_ids": team_ids,
            "include_account": include_account,
        }
        return AsyncPager(self._client, _SKILLS_LIST, args, options)

    async def update(
        self,
        *,
        skill_id: str,
        description: str | Omit = OMIT,
        description_en: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Update a skill: the awaitable `AiSreSkills.update`, documented there."""
        args = {
            "skill_id": skill_id,
            "description": description,
            "description_en": description_en,
            "team_id": team_id,
        }
        return await self._client.request(_SKILLS_UPDATE, args, **options)

    async def upload(
        self,
        *,
        file: FileInput,
        team_id: int | Omit = OMIT,
        replace: bool | Omit = OMIT,
        skill_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> Skill:
        """Upload a skill: the awaitable `AiSreSkills.upload`, documented there."""
        args = {"file": file, "team_id": team_id, "replace": replace, "skill_id": skill_id}
        return await self._client.request(_SKILLS_UPLOAD, args, **options)
