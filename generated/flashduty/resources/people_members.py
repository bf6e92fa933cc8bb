"""`client.people.members`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.member import Member
    from ..types.defs.member_invitation import MemberInvitation
    from ..types.defs.member_invite_result import MemberInviteResult
    from ..types.defs.member_page import MemberPage
    from ..types.defs.member_profile import MemberProfile
    from ..types.defs.member_profile_updates import MemberProfileUpdates

_TYPES = TypeNames(
    __name__,
    {
        "Member": "defs.member",
        "MemberInvitation": "defs.member_invitation",
        "MemberInviteResult": "defs.member_invite_result",
        "MemberPage": "defs.member_page",
        "MemberProfile": "defs.member_profile",
        "MemberProfileUpdates": "defs.member_profile_updates",
    },
)

__all__ = ["PeopleMembers", "AsyncPeopleMembers"]

_MEMBERS_LIST: Endpoint[MemberPage] = Endpoint(
    "POST",
    "/member/list",
    kind="page",
    data="MemberPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_MEMBERS_INFO: Endpoint[MemberProfile] = Endpoint(
    "POST", "/member/info", kind="model", data="MemberProfile", types=_TYPES, idempotent=True
)
_MEMBERS_INVITE: Endpoint[MemberInviteResult] = Endpoint(
    "POST",
    "/member/invite",
    kind="model",
    data="MemberInviteResult",
    types=_TYPES,
    models={"members": ("MemberInvitation", "l")},
)
_MEMBERS_DELETE: Endpoint[None] = Endpoint("POST", "/member/delete", kind="none")
_MEMBERS_UPDATE_INFO: Endpoint[None] = Endpoint(
    "POST",
    "/member/info/reset",
    kind="none",
    types=_TYPES,
    models={"updates": ("MemberProfileUpdates", "")},
    limits=(20, 300),
)
_MEMBERS_GRANT_ROLES: Endpoint[None] = Endpoint("POST", "/member/role/grant", kind="none")
_MEMBERS_REVOKE_ROLES: Endpoint[None] = Endpoint("POST", "/member/role/revoke", kind="none")
_MEMBERS_UPDATE_ROLES: Endpoint[None] = Endpoint("POST", "/member/role/update", kind="none")
_MEMBERS_NOTIFY: Endpoint[None] = Endpoint("POST", "/member/notify", kind="none")


class PeopleMembers(SyncResource):
    """Operations under `client.people.members`."""

    def list(
        self,
        *,
        role_id: int | Omit = OMIT,
        query: str | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Member, MemberPage]:
        """List members.

        Lists the members of the account a page at a time, optionally only those holding
        one role or matching a search keyword.

        HTTP: POST /member/list

        Args:
            role_id: Only members holding this role.
            query: Search text: partial matches on member name or email, except that
                input recognised as a phone number is compared exactly against phone
                numbers.
            orderby: Field to sort on.
            asc: Ascending order when true.
            p: Page number, from 1.
            limit: Page size, at most 100.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "role_id": role_id,
            "query": query,
            "orderby": orderby,
            "asc": asc,
            "p": p,
            "limit": limit,
        }
        return sync_page(self._client, _MEMBERS_LIST, args, options)

    def info(self, **options: Unpack[RequestOptions]) -> MemberProfile:
        """Get the calling member.

        Returns the profile of the member whose APP key signs the call, with the
        account's name, domain and defaults. Handy to check which identity a key acts
        as.

        HTTP: POST /member/info

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_MEMBERS_INFO, args, **options)

    def invite(
        self,
        *,
        members: SequenceNotStr[MemberInvitation | Mapping[str, Any]],
        from_: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MemberInviteResult:
        """Invite members.

        Invites up to 20 people by email address or phone number (at most 200 a day).
        The member record exists as soon as the call returns; the account becomes active
        when the person first signs in, and no notification reaches an email address or
        phone number until it has been verified.

        Permission: Members Manage.
        HTTP: POST /member/invite

        Args:
            members: People to invite, at most 20.
            from_: Origin of the invitation. `api` skips member verification, for
                accounts on Flashduty's allow list only.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"members": members, "from": from_}
        return self._client.request(_MEMBERS_INVITE, args, **options)

    def delete(
        self,
        *,
        is_force: bool | Omit = OMIT,
        member_id: int | Omit = OMIT,
        member_name: str | Omit = OMIT,
        email: str | Omit = OMIT,
        phone: str | Omit = OMIT,
        country_code: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a member.

        Removes one member from the account. Identify the member by exactly one of
        `member_id`, `member_name`, `email`, `phone` (with `country_code`) or `ref_id`.
        Fails with `ReferenceExist` while schedules, teams, escalation rules or other
        objects still name the member.

        Permission: Members Manage.
        HTTP: POST /member/delete

        Args:
            is_force: Remove the member even while schedules, teams or rules still refer
                to them.
            member_id: Member ID.
            member_name: Display name.
            email: Email address.
            phone: Phone number.
            country_code: Country code of `phone`.
            ref_id: Identifier of the member in an external system.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "is_force": is_force,
            "member_id": member_id,
            "member_name": member_name,
            "email": email,
            "phone": phone,
            "country_code": country_code,
            "ref_id": ref_id,
        }
        return self._client.request(_MEMBERS_DELETE, args, **options)

    def update_info(
        self,
        *,
        updates: MemberProfileUpdates | Mapping[str, Any],
        member_id: int | Omit = OMIT,
        member_name: str | Omit = OMIT,
        email: str | Omit = OMIT,
        phone: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        country_code: str | Omit = OMIT,
        from_: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a member's profile.

        Changes profile fields of a member: the top-level fields only say which member
        (give one of `member_id`, `member_name`, `email`, `phone`, `ref_id`), and
        `updates` holds the new values; fields left out of it keep theirs. Account
        owners and admins may edit anyone, other members only themselves. A new email
        address or phone number only receives notifications once verified (or at once
        with `from="api"` when the account has member invites turned off). Breaking
        change of the current document: the changes used to be top-level fields, which
        now identify the member.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /member/info/reset

        Args:
            updates: New values of a member's profile; fields left out keep their value,
                give at least one.
            member_id: Member to update, by ID.
            member_name: Member to update, by name.
            email: Member to update, by email address.
            phone: Member to update, by phone number (with `country_code` unless in
                E.164 form).
            ref_id: Member to update, by external reference ID.
            country_code: Region (ISO 3166-1 alpha-2, `CN` by default) used to read a
                `phone` without `+`.
            from_: `api` marks a new phone number or email address as verified (only
                when member invites are off).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "updates": updates,
            "member_id": member_id,
            "member_name": member_name,
            "email": email,
            "phone": phone,
            "ref_id": ref_id,
            "country_code": country_code,
            "from": from_,
        }
        return self._client.request(_MEMBERS_UPDATE_INFO, args, **options)

    def grant_roles(
        self, *, member_id: int, role_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> None:
        """Give roles to a member.

        Adds roles to the ones a member already holds; roles held already are ignored.

        Permission: Members Manage.
        HTTP: POST /member/role/grant

        Args:
            member_id: Member to change.
            role_ids: Roles to add.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"member_id": member_id, "role_ids": role_ids}
        return self._client.request(_MEMBERS_GRANT_ROLES, args, **options)

    def revoke_roles(
        self, *, member_id: int, role_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> None:
        """Take roles from a member.

        Removes the given roles from a member and keeps the others.

        Permission: Members Manage.
        HTTP: POST /member/role/revoke

        Args:
            member_id: Member to change.
            role_ids: Roles to remove.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"member_id": member_id, "role_ids": role_ids}
        return self._client.request(_MEMBERS_REVOKE_ROLES, args, **options)

    def update_roles(
        self, *, member_id: int, role_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> None:
        """Set a member's roles.

        Replaces every role a member holds with the given set.

        Permission: Members Manage.
        HTTP: POST /member/role/update

        Args:
            member_id: Member to change.
            role_ids: The complete set of roles the member should hold.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"member_id": member_id, "role_ids": role_ids}
        return self._client.request(_MEMBERS_UPDATE_ROLES, args, **options)

    def notify(
        self,
        *,
        member_ids: SequenceNotStr[int],
        content: str,
        title: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Send a notification to members.

        Sends a message to the given members through their personal notification
        channels. Known only from the vendor's newest catalog: the body (`member_ids`,
        `title`, `content`) is inferred, not documented; pass other fields with
        `extra_body` if the server asks for them.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /member/notify

        Args:
            member_ids: Members to notify.
            content: Text of the message.
            title: Short subject of the message.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"member_ids": member_ids, "content": content, "title": title}
        return self._client.request(_MEMBERS_NOTIFY, args, **options)


class AsyncPeopleMembers(AsyncResource):
    """Operations under `client.people.members`."""

    def list(
        self,
        *,
        role_id: int | Omit = OMIT,
        query: str | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Member, MemberPage]:
        """List members: the awaitable `PeopleMembers.list`, documented there."""
        args = {
            "role_id": role_id,
            "query": query,
            "orderby": orderby,
            "asc": asc,
            "p": p,
            "limit": limit,
        }
        return AsyncPager(self._client, _MEMBERS_LIST, args, options)

    async def info(self, **options: Unpack[RequestOptions]) -> MemberProfile:
        """Get the calling member: the awaitable `PeopleMembers.info`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_MEMBERS_INFO, args, **options)

    async def invite(
        self,
        *,
        members: SequenceNotStr[MemberInvitation | Mapping[str, Any]],
        from_: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MemberInviteResult:
        """Invite members: the awaitable `PeopleMembers.invite`, documented there."""
        args = {"members": members, "from": from_}
        return await self._client.request(_MEMBERS_INVITE, args, **options)

    async def delete(
        self,
        *,
        is_force: bool | Omit = OMIT,
        member_id: int | Omit = OMIT,
        member_name: str | Omit = OMIT,
        email: str | Omit = OMIT,
        phone: str | Omit = OMIT,
        country_code: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a member: the awaitable `PeopleMembers.delete`, documented there."""
        args = {
            "is_force": is_force,
            "member_id": member_id,
            "member_name": member_name,
            "email": email,
            "phone": phone,
            "country_code": country_code,
            "ref_id": ref_id,
        }
        return await self._client.request(_MEMBERS_DELETE, args, **options)

    async def update_info(
        self,
        *,
        updates: MemberProfileUpdates | Mapping[str, Any],
        member_id: int | Omit = OMIT,
        member_name: str | Omit = OMIT,
        email: str | Omit = OMIT,
        phone: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        country_code: str | Omit = OMIT,
        from_: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a member's profile: the awaitable `PeopleMembers.update_info`, documented there."""
        args = {
            "updates": updates,
            "member_id": member_id,
            "member_name": member_name,
            "email": email,
            "phone": phone,
            "ref_id": ref_id,
            "country_code": country_code,
            "from": from_,
        }
        return await self._client.request(_MEMBERS_UPDATE_INFO, args, **options)

    async def grant_roles(
        self, *, member_id: int, role_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> None:
        """Give roles to a member: the awaitable `PeopleMembers.grant_roles`, documented there."""
        args = {"member_id": member_id, "role_ids": role_ids}
        return await self._client.request(_MEMBERS_GRANT_ROLES, args, **options)

    async def revoke_roles(
        self, *, member_id: int, role_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> None:
        """Take roles from a member: the awaitable `PeopleMembers.revoke_roles`, documented there."""
        args = {"member_id": member_id, "role_ids": role_ids}
        return await self._client.request(_MEMBERS_REVOKE_ROLES, args, **options)

    async def update_roles(
        self, *, member_id: int, role_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> None:
        """Set a member's roles: the awaitable `PeopleMembers.update_roles`, documented there."""
        args = {"member_id": member_id, "role_ids": role_ids}
        return await self._client.request(_MEMBERS_UPDATE_ROLES, args, **options)

    async def notify(
        self,
        *,
        member_ids: SequenceNotStr[int],
        content: str,
        title: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Send a notification to members: the awaitable `PeopleMembers.notify`, documented there."""
        args = {"member_ids": member_ids, "content": content, "title": title}
        return await self._client.request(_MEMBERS_NOTIFY, args, **options)
