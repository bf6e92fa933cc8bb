"""The `people` resources. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from typing_extensions import deprecated

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Headers, Omit

if TYPE_CHECKING:
    from ..types.defs.app_key import AppKey
    from ..types.defs.app_key_created import AppKeyCreated
    from ..types.defs.app_key_page import AppKeyPage
    from ..types.defs.audit_log import AuditLog
    from ..types.defs.audit_log_page import AuditLogPage
    from ..types.defs.audit_operation_list import AuditOperationList
    from ..types.defs.im_notify_preference import ImNotifyPreference
    from ..types.defs.license_member_list import LicenseMemberList
    from ..types.defs.member import Member
    from ..types.defs.member_invitation import MemberInvitation
    from ..types.defs.member_invite_result import MemberInviteResult
    from ..types.defs.member_page import MemberPage
    from ..types.defs.member_profile import MemberProfile
    from ..types.defs.notification_preference import NotificationPreference
    from ..types.defs.permission_factor import PermissionFactor
    from ..types.defs.permission_list import PermissionList
    from ..types.defs.person_info_list import PersonInfoList
    from ..types.defs.role import Role
    from ..types.defs.role_list import RoleList
    from ..types.defs.role_upsert_result import RoleUpsertResult
    from ..types.defs.severity_notify_channels import SeverityNotifyChannels
    from ..types.defs.shift_notify_preference import ShiftNotifyPreference
    from ..types.defs.team import Team
    from ..types.defs.team_brief_list import TeamBriefList
    from ..types.defs.team_page import TeamPage
    from ..types.defs.team_upsert_result import TeamUpsertResult

_TYPES = TypeNames(
    __name__,
    {
        "AppKey": "defs.app_key",
        "AppKeyCreated": "defs.app_key_created",
        "AppKeyPage": "defs.app_key_page",
        "AuditLog": "defs.audit_log",
        "AuditLogPage": "defs.audit_log_page",
        "AuditOperationList": "defs.audit_operation_list",
        "ImNotifyPreference": "defs.im_notify_preference",
        "LicenseMemberList": "defs.license_member_list",
        "Member": "defs.member",
        "MemberInvitation": "defs.member_invitation",
        "MemberInviteResult": "defs.member_invite_result",
        "MemberPage": "defs.member_page",
        "MemberProfile": "defs.member_profile",
        "NotificationPreference": "defs.notification_preference",
        "PermissionFactor": "defs.permission_factor",
        "PermissionList": "defs.permission_list",
        "PersonInfoList": "defs.person_info_list",
        "Role": "defs.role",
        "RoleList": "defs.role_list",
        "RoleUpsertResult": "defs.role_upsert_result",
        "SeverityNotifyChannels": "defs.severity_notify_channels",
        "ShiftNotifyPreference": "defs.shift_notify_preference",
        "Team": "defs.team",
        "TeamBriefList": "defs.team_brief_list",
        "TeamPage": "defs.team_page",
        "TeamUpsertResult": "defs.team_upsert_result",
    },
)

__all__ = [
    "People",
    "AsyncPeople",
    "PeopleMembers",
    "AsyncPeopleMembers",
    "PeoplePersons",
    "AsyncPeoplePersons",
    "PeopleTeams",
    "AsyncPeopleTeams",
    "PeopleRoles",
    "AsyncPeopleRoles",
    "PeopleAuditLogs",
    "AsyncPeopleAuditLogs",
    "PeoplePreferences",
    "AsyncPeoplePreferences",
    "PeopleLicenses",
    "AsyncPeopleLicenses",
    "PeopleAppKeys",
    "AsyncPeopleAppKeys",
]

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
    "POST",
    "/member/info",
    kind="model",
    data="MemberProfile",
    types=_TYPES,
    idempotent=True,
)
_MEMBERS_INVITE: Endpoint[MemberInviteResult] = Endpoint(
    "POST",
    "/member/invite",
    kind="model",
    data="MemberInviteResult",
    types=_TYPES,
    models={"members": ("MemberInvitation", "l")},
)
_MEMBERS_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/member/delete",
    kind="none",
)
_MEMBERS_UPDATE_INFO: Endpoint[None] = Endpoint(
    "POST",
    "/member/info/reset",
    kind="none",
)
_MEMBERS_GRANT_ROLES: Endpoint[None] = Endpoint(
    "POST",
    "/member/role/grant",
    kind="none",
)
_MEMBERS_REVOKE_ROLES: Endpoint[None] = Endpoint(
    "POST",
    "/member/role/revoke",
    kind="none",
)
_MEMBERS_UPDATE_ROLES: Endpoint[None] = Endpoint(
    "POST",
    "/member/role/update",
    kind="none",
)
_PERSONS_INFOS: Endpoint[PersonInfoList] = Endpoint(
    "POST",
    "/person/infos",
    kind="model",
    data="PersonInfoList",
    types=_TYPES,
    idempotent=True,
)
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
    "POST",
    "/team/info",
    kind="model",
    data="Team",
    types=_TYPES,
    idempotent=True,
)
_TEAMS_INFOS: Endpoint[TeamBriefList] = Endpoint(
    "POST",
    "/team/infos",
    kind="model",
    data="TeamBriefList",
    types=_TYPES,
    idempotent=True,
)
_TEAMS_UPSERT: Endpoint[TeamUpsertResult] = Endpoint(
    "POST",
    "/team/upsert",
    kind="model",
    data="TeamUpsertResult",
    types=_TYPES,
)
_TEAMS_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/team/delete",
    kind="none",
)
_ROLES_LIST: Endpoint[RoleList] = Endpoint(
    "POST",
    "/role/list",
    kind="model",
    data="RoleList",
    types=_TYPES,
    idempotent=True,
)
_ROLES_INFO: Endpoint[Role] = Endpoint(
    "POST",
    "/role/info",
    kind="model",
    data="Role",
    types=_TYPES,
    idempotent=True,
)
_ROLES_UPSERT: Endpoint[RoleUpsertResult] = Endpoint(
    "POST",
    "/role/upsert",
    kind="model",
    data="RoleUpsertResult",
    types=_TYPES,
)
_ROLES_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/role/delete",
    kind="none",
)
_ROLES_ENABLE: Endpoint[None] = Endpoint(
    "POST",
    "/role/enable",
    kind="none",
)
_ROLES_DISABLE: Endpoint[None] = Endpoint(
    "POST",
    "/role/disable",
    kind="none",
)
_ROLES_GRANT_MEMBERS: Endpoint[None] = Endpoint(
    "POST",
    "/role/member/grant",
    kind="none",
)
_ROLES_REVOKE_MEMBERS: Endpoint[None] = Endpoint(
    "POST",
    "/role/member/revoke",
    kind="none",
)
_ROLES_LIST_PERMISSIONS: Endpoint[PermissionList] = Endpoint(
    "POST",
    "/role/permission/list",
    kind="model",
    data="PermissionList",
    types=_TYPES,
    idempotent=True,
)
_ROLES_LIST_PERMISSION_FACTORS: Endpoint[List[PermissionFactor]] = Endpoint(
    "POST",
    "/role/permission/factor/list",
    kind="list",
    data="List[PermissionFactor]",
    types=_TYPES,
    idempotent=True,
)
_AUDIT_LOGS_SEARCH: Endpoint[AuditLogPage] = Endpoint(
    "POST",
    "/audit/search",
    kind="page",
    data="AuditLogPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(cursor="search_after_ctx", items="docs"),
)
_AUDIT_LOGS_LIST_OPERATIONS: Endpoint[AuditOperationList] = Endpoint(
    "POST",
    "/audit/operation/list",
    kind="model",
    data="AuditOperationList",
    types=_TYPES,
    idempotent=True,
)
_PREFERENCES_INFO: Endpoint[NotificationPreference] = Endpoint(
    "POST",
    "/preference/info",
    kind="model",
    data="NotificationPreference",
    types=_TYPES,
    idempotent=True,
)
_PREFERENCES_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/preference/update",
    kind="none",
    models={
        "trigger_notify": ("SeverityNotifyChannels", ""),
        "schedule_shift_notify": ("ShiftNotifyPreference", ""),
        "status_change_notify": ("ImNotifyPreference", ""),
    },
    types=_TYPES,
)
_LICENSES_LIST: Endpoint[LicenseMemberList] = Endpoint(
    "POST",
    "/oncall/license/list",
    kind="model",
    data="LicenseMemberList",
    types=_TYPES,
    idempotent=True,
)
_APP_KEYS_LIST: Endpoint[AppKeyPage] = Endpoint(
    "POST",
    "/person/app-key/list",
    kind="page",
    data="AppKeyPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_APP_KEYS_CREATE: Endpoint[AppKeyCreated] = Endpoint(
    "POST",
    "/person/app-key/create",
    kind="model",
    data="AppKeyCreated",
    types=_TYPES,
)
_APP_KEYS_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/person/app-key/delete",
    kind="none",
)
_APP_KEYS_ENABLE: Endpoint[None] = Endpoint(
    "POST",
    "/person/app-key/enable",
    kind="none",
)
_APP_KEYS_DISABLE: Endpoint[None] = Endpoint(
    "POST",
    "/person/app-key/disable",
    kind="none",
)
_APP_KEYS_UPDATE_NAME: Endpoint[None] = Endpoint(
    "POST",
    "/person/app-key/name/reset",
    kind="none",
)


class PeopleAppKeys(SyncResource):
    """Operations under `client.people.app_keys`."""

    def list(
        self,
        *,
        p: int,
        limit: int,
        orderby: str,
        asc: bool,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[AppKey]:
        """List personal APP keys.

        Lists the personal APP keys the account owner created, for the owner or for the
        member given in `person_id`; secrets are never included. Only the account owner
        may call it. Known only from the legacy reference, which shows the payload as a
        single key; this spec reads it as a page of keys.

        HTTP: POST /person/app-key/list

        Args:
            p: Page number, from 1.
            limit: Page size, at most 20.
            orderby: Field to sort on, `created_at` or `updated_at`.
            asc: Ascending order when true.
            person_id: Member whose keys to list; the owner's own keys when omitted.
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _APP_KEYS_LIST,
            {"p": p, "limit": limit, "orderby": orderby, "asc": asc, "person_id": person_id},
            options,
        )

    def create(
        self,
        *,
        key_name: str,
        is_enabled: bool | Omit = OMIT,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AppKeyCreated:
        """Create a personal APP key.

        Creates an APP key that carries one member's identity and full permissions -
        useful when automation should, say, acknowledge incidents on that member's
        behalf. Only the account owner may call it. Each member can hold up to 5 such
        keys, none of which the member can see. This response is the only place the
        secret appears; keep it somewhere safe and replace it regularly. Known only from
        the legacy reference.

        HTTP: POST /person/app-key/create

        Args:
            key_name: Name of the key.
            is_enabled: Enable the key straight away.
            person_id: Member the key acts as; the owner when omitted.
        """
        return self._client.request(
            _APP_KEYS_CREATE,
            {"key_name": key_name, "is_enabled": is_enabled, "person_id": person_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        key_id: int,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a personal APP key.

        Deletes a personal APP key the account owner created; calls made with it fail
        from then on. Only the account owner may call it. The legacy reference also
        requires a second-factor code in the `Flashcat-Mfa-Code` and
        `Flashcat-Mfa-Device` headers, which this spec does not model.

        HTTP: POST /person/app-key/delete

        Args:
            key_id: Key to delete.
            person_id: Member the key belongs to; the owner when omitted.
        """
        return self._client.request(
            _APP_KEYS_DELETE,
            {"key_id": key_id, "person_id": person_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def enable(
        self,
        *,
        key_id: int,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Enable a personal APP key.

        Turns a disabled personal APP key back on. Only the account owner may call it.
        The legacy reference also requires a second-factor code in the
        `Flashcat-Mfa-Code` and `Flashcat-Mfa-Device` headers, which this spec does not
        model.

        HTTP: POST /person/app-key/enable

        Args:
            key_id: Key to enable.
            person_id: Member the key belongs to; the owner when omitted.
        """
        return self._client.request(
            _APP_KEYS_ENABLE,
            {"key_id": key_id, "person_id": person_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def disable(
        self,
        *,
        key_id: int,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Disable a personal APP key.

        Turns a personal APP key off without deleting it; calls made with it fail until
        it is enabled again. Only the account owner may call it. The legacy reference
        also requires a second-factor code in the `Flashcat-Mfa-Code` and
        `Flashcat-Mfa-Device` headers, which this spec does not model.

        HTTP: POST /person/app-key/disable

        Args:
            key_id: Key to disable.
            person_id: Member the key belongs to; the owner when omitted.
        """
        return self._client.request(
            _APP_KEYS_DISABLE,
            {"key_id": key_id, "person_id": person_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def update_name(
        self,
        *,
        key_id: int,
        key_name: str,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Rename a personal APP key.

        Gives a personal APP key a new name; the secret is unchanged. Only the account
        owner may call it. Known only from the legacy reference.

        HTTP: POST /person/app-key/name/reset

        Args:
            key_id: Key to rename.
            key_name: New name.
            person_id: Member the key belongs to; the owner when omitted.
        """
        return self._client.request(
            _APP_KEYS_UPDATE_NAME,
            {"key_id": key_id, "key_name": key_name, "person_id": person_id},
            timeout,
            max_retries,
            extra_headers,
        )


class PeopleLicenses(SyncResource):
    """Operations under `client.people.licenses`."""

    def list(
        self,
        *,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> LicenseMemberList:
        """List licence holders.

        Lists who holds an on-call licence seat and of which kind (fixed or temporary),
        optionally for one person only. Known only from the legacy reference, which
        gives no request fields beyond the `person_id` of its example.

        HTTP: POST /oncall/license/list

        Args:
            person_id: Only this person.
        """
        return self._client.request(
            _LICENSES_LIST, {"person_id": person_id}, timeout, max_retries, extra_headers
        )


class PeoplePreferences(SyncResource):
    """Operations under `client.people.preferences`."""

    def info(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> NotificationPreference:
        """Get my notification preferences.

        Returns the calling member's personal notification settings: channels per
        incident severity, for shift reminders and for status page updates. Known only
        from the legacy reference; note the response spells `shedule_shift_notify` as
        that reference does.

        HTTP: POST /preference/info
        """
        return self._client.request(_PREFERENCES_INFO, {}, timeout, max_retries, extra_headers)

    def update(
        self,
        *,
        trigger_notify: SeverityNotifyChannels | Dict[str, Any],
        schedule_shift_notify: ShiftNotifyPreference | Dict[str, Any] | Omit = OMIT,
        status_change_notify: ImNotifyPreference | Dict[str, Any] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Change my notification preferences.

        Replaces the calling member's personal notification settings. Known only from
        the legacy reference, whose field names here (`schedule_shift_notify`,
        `status_change_notify`) differ from those `people.preferences.info` returns.

        HTTP: POST /preference/update

        Args:
            trigger_notify: Channels that notify the member of a new incident, per
                severity.
            schedule_shift_notify: How the member hears about their on-call shifts
                starting.
            status_change_notify: IM app integrations that deliver a kind of
                notification to the member.
        """
        return self._client.request(
            _PREFERENCES_UPDATE,
            {
                "trigger_notify": trigger_notify,
                "schedule_shift_notify": schedule_shift_notify,
                "status_change_notify": status_change_notify,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class PeopleAuditLogs(SyncResource):
    """Operations under `client.people.audit_logs`."""

    def search(
        self,
        *,
        start_time: int,
        end_time: int,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        request_id: str | Omit = OMIT,
        operations: List[str] | Omit = OMIT,
        person_id: int | Omit = OMIT,
        is_dangerous: bool | Omit = OMIT,
        is_write: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[AuditLog]:
        """Search audit logs.

        Returns audit log entries of a time window of at most 90 days, newest first,
        walking pages with the `search_after_ctx` cursor. Entries older than the
        account's retention period are silently missing.

        Permission: Audit Read.
        HTTP: POST /audit/search

        Args:
            start_time: Lower bound of the time range, Unix seconds.
            end_time: Upper bound of the time range, Unix seconds; after `start_time`,
                by 90 days at most.
            limit: Page size, at most 99.
            search_after_ctx: The `search_after_ctx` value from the page before; leave
                out to get the first page.
            request_id: Only the entry of this request ID.
            operations: Only these operations, by the names
                `people.audit_logs.list_operations` returns.
            person_id: Only actions of this member.
            is_dangerous: Only high-risk operations when true.
            is_write: Only changes when true, only reads when false.
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _AUDIT_LOGS_SEARCH,
            {
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
                "search_after_ctx": search_after_ctx,
                "request_id": request_id,
                "operations": operations,
                "person_id": person_id,
                "is_dangerous": is_dangerous,
                "is_write": is_write,
            },
            options,
        )

    def list_operations(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AuditOperationList:
        """List audited operation kinds.

        Returns every kind of operation the audit log records; their `name` values are
        what `people.audit_logs.search` accepts in `operations`.

        Permission: Audit Read.
        HTTP: POST /audit/operation/list
        """
        return self._client.request(
            _AUDIT_LOGS_LIST_OPERATIONS, {}, timeout, max_retries, extra_headers
        )


class PeopleRoles(SyncResource):
    """Operations under `client.people.roles`."""

    def list(
        self,
        *,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RoleList:
        """List roles.

        Returns every role of the account, built-in and custom, in one response.

        HTTP: POST /role/list

        Args:
            orderby: Field to sort on.
            asc: Ascending order when true.
        """
        return self._client.request(
            _ROLES_LIST, {"orderby": orderby, "asc": asc}, timeout, max_retries, extra_headers
        )

    def info(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Role:
        """Get one role.

        Returns a role with the IDs of the permissions it grants.

        HTTP: POST /role/info

        Args:
            role_id: Role ID.
        """
        return self._client.request(
            _ROLES_INFO, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    def upsert(
        self,
        *,
        role_name: str,
        role_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        permission_ids: List[int] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RoleUpsertResult:
        """Create or update a role.

        Creates a custom role, or updates it when `role_id` names an existing one.
        `permission_ids` replaces the role's whole permission set. Built-in roles cannot
        be changed.

        Permission: Roles Manage.
        HTTP: POST /role/upsert

        Args:
            role_name: Name, unique in the account.
            role_id: Role to update; omit or 0 to create one.
            description: Free-text description.
            permission_ids: The complete set of permissions the role grants.
        """
        return self._client.request(
            _ROLES_UPSERT,
            {
                "role_name": role_name,
                "role_id": role_id,
                "description": description,
                "permission_ids": permission_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a role.

        Deletes a custom role for good; every member holding it loses its permissions at
        once. Built-in roles cannot be deleted.

        Permission: Roles Manage.
        HTTP: POST /role/delete

        Args:
            role_id: Role to delete.
        """
        return self._client.request(
            _ROLES_DELETE, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    def enable(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Enable a role.

        Turns a disabled custom role back on, so its members regain its permissions.

        Permission: Roles Manage.
        HTTP: POST /role/enable

        Args:
            role_id: Role to enable.
        """
        return self._client.request(
            _ROLES_ENABLE, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    def disable(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Disable a role.

        Turns a custom role off without deleting it; its members lose its permissions at
        once. Built-in roles stay enabled.

        Permission: Roles Manage.
        HTTP: POST /role/disable

        Args:
            role_id: Role to disable.
        """
        return self._client.request(
            _ROLES_DISABLE, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    def grant_members(
        self,
        *,
        member_ids: List[int],
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Give a role to members.

        Grants one role to up to 100 members; members who hold it already are skipped.

        Permission: Roles Manage.
        HTTP: POST /role/member/grant

        Args:
            member_ids: Members to receive the role, at most 100.
            role_id: Role to grant.
        """
        return self._client.request(
            _ROLES_GRANT_MEMBERS,
            {"member_ids": member_ids, "role_id": role_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def revoke_members(
        self,
        *,
        member_ids: List[int],
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Take a role from members.

        Removes one role from up to 100 members; members without it are skipped.

        Permission: Roles Manage.
        HTTP: POST /role/member/revoke

        Args:
            member_ids: Members to lose the role, at most 100.
            role_id: Role to revoke.
        """
        return self._client.request(
            _ROLES_REVOKE_MEMBERS,
            {"member_ids": member_ids, "role_id": role_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def list_permissions(
        self,
        *,
        role_ids: List[int] | Omit = OMIT,
        with_all: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> PermissionList:
        """List permissions.

        Returns the permissions roles can grant. With `role_ids`, only those the given
        roles grant; add `with_all` to get every permission instead, each flagged with
        `is_granted`.

        HTTP: POST /role/permission/list

        Args:
            role_ids: Only permissions these roles grant.
            with_all: Return every permission and mark the granted ones with
                `is_granted`.
        """
        return self._client.request(
            _ROLES_LIST_PERMISSIONS,
            {"role_ids": role_ids, "with_all": with_all},
            timeout,
            max_retries,
            extra_headers,
        )

    def list_permission_factors(
        self,
        *,
        factor_types: List[Literal["api", "button", "visit", "menu", "url"]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[PermissionFactor]:
        """List permission factors.

        Returns the fine-grained controls (APIs, buttons, pages, menus, URLs) that
        permissions are made of, optionally only some kinds.

        HTTP: POST /role/permission/factor/list

        Args:
            factor_types: Only factors of these kinds.
        """
        return self._client.request(
            _ROLES_LIST_PERMISSION_FACTORS,
            {"factor_types": factor_types},
            timeout,
            max_retries,
            extra_headers,
        )


class PeopleTeams(SyncResource):
    """Operations under `client.people.teams`."""

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at", "team_name"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        person_id: int | Omit = OMIT,
        query: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[Team]:
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
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _TEAMS_LIST,
            {
                "p": p,
                "limit": limit,
                "orderby": orderby,
                "asc": asc,
                "person_id": person_id,
                "query": query,
            },
            options,
        )

    def info(
        self,
        *,
        team_id: int | Omit = OMIT,
        team_name: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Team:
        """Get one team.

        Returns a team with its members. Identify it by `team_id`, `team_name` or
        `ref_id`; give at least one.

        HTTP: POST /team/info

        Args:
            team_id: Team ID.
            team_name: Team name.
            ref_id: Identifier of the team in an external system.
        """
        return self._client.request(
            _TEAMS_INFO,
            {"team_id": team_id, "team_name": team_name, "ref_id": ref_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def infos(
        self,
        *,
        team_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> TeamBriefList:
        """Get several teams.

        Returns the name and members of up to 100 teams at once.

        HTTP: POST /team/infos

        Args:
            team_ids: Teams to look up, at most 100.
        """
        return self._client.request(
            _TEAMS_INFOS, {"team_ids": team_ids}, timeout, max_retries, extra_headers
        )

    def upsert(
        self,
        *,
        team_name: str,
        team_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        person_ids: List[int] | Omit = OMIT,
        emails: List[str] | Omit = OMIT,
        phones: List[str] | Omit = OMIT,
        countryCode: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        reset_if_name_exist: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
            countryCode: Country code applied to `phones` entries not written in E.164
                form.
            ref_id: Identifier of the team in an external system.
            reset_if_name_exist: When creating, update the team that already has this
                name instead of failing.
        """
        return self._client.request(
            _TEAMS_UPSERT,
            {
                "team_name": team_name,
                "team_id": team_id,
                "description": description,
                "person_ids": person_ids,
                "emails": emails,
                "phones": phones,
                "countryCode": countryCode,
                "ref_id": ref_id,
                "reset_if_name_exist": reset_if_name_exist,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        team_id: int | Omit = OMIT,
        team_name: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
        """
        return self._client.request(
            _TEAMS_DELETE,
            {"team_id": team_id, "team_name": team_name, "ref_id": ref_id},
            timeout,
            max_retries,
            extra_headers,
        )


class PeoplePersons(SyncResource):
    """Operations under `client.people.persons`."""

    def infos(
        self,
        *,
        person_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> PersonInfoList:
        """Get several people.

        Returns the public profiles of the given people. An ID may be a member ID or the
        account ID; unknown IDs are left out.

        HTTP: POST /person/infos

        Args:
            person_ids: People to look up (member IDs or the account ID).
        """
        return self._client.request(
            _PERSONS_INFOS, {"person_ids": person_ids}, timeout, max_retries, extra_headers
        )


class PeopleMembers(SyncResource):
    """Operations under `client.people.members`."""

    def list(
        self,
        *,
        role_id: int | Omit = OMIT,
        query: str | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[Member]:
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
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _MEMBERS_LIST,
            {
                "role_id": role_id,
                "query": query,
                "orderby": orderby,
                "asc": asc,
                "p": p,
                "limit": limit,
            },
            options,
        )

    def info(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MemberProfile:
        """Get the calling member.

        Returns the profile of the member whose APP key signs the call, with the
        account's name, domain and defaults. Handy to check which identity a key acts
        as.

        HTTP: POST /member/info
        """
        return self._client.request(_MEMBERS_INFO, {}, timeout, max_retries, extra_headers)

    def invite(
        self,
        *,
        members: List[MemberInvitation | Dict[str, Any]],
        from_: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
        """
        return self._client.request(
            _MEMBERS_INVITE,
            {"members": members, "from": from_},
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        member_id: int | Omit = OMIT,
        member_name: str | Omit = OMIT,
        email: str | Omit = OMIT,
        phone: str | Omit = OMIT,
        country_code: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Remove a member.

        Removes one member from the account. Identify the member by exactly one of
        `member_id`, `member_name`, `email`, `phone` (with `country_code`) or `ref_id`.
        Fails with `ReferenceExist` while schedules, teams, escalation rules or other
        objects still name the member.

        Permission: Members Manage.
        HTTP: POST /member/delete

        Args:
            member_id: Member ID.
            member_name: Display name.
            email: Email address.
            phone: Phone number.
            country_code: Country code of `phone`.
            ref_id: Identifier of the member in an external system.
        """
        return self._client.request(
            _MEMBERS_DELETE,
            {
                "member_id": member_id,
                "member_name": member_name,
                "email": email,
                "phone": phone,
                "country_code": country_code,
                "ref_id": ref_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update_info(
        self,
        *,
        member_id: int,
        member_name: str | Omit = OMIT,
        email: str | Omit = OMIT,
        phone: str | Omit = OMIT,
        country_code: str | Omit = OMIT,
        avatar: str | Omit = OMIT,
        locale: Literal["zh-CN", "en-US"] | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a member's profile.

        Changes profile fields of a member; fields left out keep their value. Account
        owners and admins may edit anyone, other members only themselves. A new email
        address or phone number replaces the old one at once and only receives
        notifications after it is verified.

        HTTP: POST /member/info/reset

        Args:
            member_id: Member to update.
            member_name: New display name.
            email: New email address.
            phone: New phone number.
            country_code: Country code of the phone number.
            avatar: New avatar URL.
            locale: Preferred language.
            time_zone: Time zone in tz database form, e.g. `Asia/Shanghai`.
        """
        return self._client.request(
            _MEMBERS_UPDATE_INFO,
            {
                "member_id": member_id,
                "member_name": member_name,
                "email": email,
                "phone": phone,
                "country_code": country_code,
                "avatar": avatar,
                "locale": locale,
                "time_zone": time_zone,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def grant_roles(
        self,
        *,
        member_id: int,
        role_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Give roles to a member.

        Adds roles to the ones a member already holds; roles held already are ignored.

        Permission: Members Manage.
        HTTP: POST /member/role/grant

        Args:
            member_id: Member to change.
            role_ids: Roles to add.
        """
        return self._client.request(
            _MEMBERS_GRANT_ROLES,
            {"member_id": member_id, "role_ids": role_ids},
            timeout,
            max_retries,
            extra_headers,
        )

    def revoke_roles(
        self,
        *,
        member_id: int,
        role_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Take roles from a member.

        Removes the given roles from a member and keeps the others.

        Permission: Members Manage.
        HTTP: POST /member/role/revoke

        Args:
            member_id: Member to change.
            role_ids: Roles to remove.
        """
        return self._client.request(
            _MEMBERS_REVOKE_ROLES,
            {"member_id": member_id, "role_ids": role_ids},
            timeout,
            max_retries,
            extra_headers,
        )

    def update_roles(
        self,
        *,
        member_id: int,
        role_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Set a member's roles.

        Replaces every role a member holds with the given set.

        Permission: Members Manage.
        HTTP: POST /member/role/update

        Args:
            member_id: Member to change.
            role_ids: The complete set of roles the member should hold.
        """
        return self._client.request(
            _MEMBERS_UPDATE_ROLES,
            {"member_id": member_id, "role_ids": role_ids},
            timeout,
            max_retries,
            extra_headers,
        )


class People(SyncResource):
    """Operations under `client.people`."""

    @cached_property
    def members(self) -> PeopleMembers:
        return PeopleMembers(self._client)

    @cached_property
    def persons(self) -> PeoplePersons:
        return PeoplePersons(self._client)

    @cached_property
    def teams(self) -> PeopleTeams:
        return PeopleTeams(self._client)

    @cached_property
    def roles(self) -> PeopleRoles:
        return PeopleRoles(self._client)

    @cached_property
    def audit_logs(self) -> PeopleAuditLogs:
        return PeopleAuditLogs(self._client)

    @cached_property
    def preferences(self) -> PeoplePreferences:
        return PeoplePreferences(self._client)

    @cached_property
    def licenses(self) -> PeopleLicenses:
        return PeopleLicenses(self._client)

    @cached_property
    def app_keys(self) -> PeopleAppKeys:
        return PeopleAppKeys(self._client)


class AsyncPeopleAppKeys(AsyncResource):
    """Operations under `client.people.app_keys`."""

    def list(
        self,
        *,
        p: int,
        limit: int,
        orderby: str,
        asc: bool,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[AppKey]:
        """List personal APP keys: the awaitable `PeopleAppKeys.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _APP_KEYS_LIST,
            {"p": p, "limit": limit, "orderby": orderby, "asc": asc, "person_id": person_id},
            options,
        )

    async def create(
        self,
        *,
        key_name: str,
        is_enabled: bool | Omit = OMIT,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AppKeyCreated:
        """Create a personal APP key: the awaitable `PeopleAppKeys.create`, documented there."""
        return await self._client.request(
            _APP_KEYS_CREATE,
            {"key_name": key_name, "is_enabled": is_enabled, "person_id": person_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        key_id: int,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a personal APP key: the awaitable `PeopleAppKeys.delete`, documented there."""
        return await self._client.request(
            _APP_KEYS_DELETE,
            {"key_id": key_id, "person_id": person_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def enable(
        self,
        *,
        key_id: int,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Enable a personal APP key: the awaitable `PeopleAppKeys.enable`, documented there."""
        return await self._client.request(
            _APP_KEYS_ENABLE,
            {"key_id": key_id, "person_id": person_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def disable(
        self,
        *,
        key_id: int,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Disable a personal APP key: the awaitable `PeopleAppKeys.disable`, documented there."""
        return await self._client.request(
            _APP_KEYS_DISABLE,
            {"key_id": key_id, "person_id": person_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def update_name(
        self,
        *,
        key_id: int,
        key_name: str,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Rename a personal APP key: the awaitable `PeopleAppKeys.update_name`, documented there."""
        return await self._client.request(
            _APP_KEYS_UPDATE_NAME,
            {"key_id": key_id, "key_name": key_name, "person_id": person_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncPeopleLicenses(AsyncResource):
    """Operations under `client.people.licenses`."""

    async def list(
        self,
        *,
        person_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> LicenseMemberList:
        """List licence holders: the awaitable `PeopleLicenses.list`, documented there."""
        return await self._client.request(
            _LICENSES_LIST, {"person_id": person_id}, timeout, max_retries, extra_headers
        )


class AsyncPeoplePreferences(AsyncResource):
    """Operations under `client.people.preferences`."""

    async def info(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> NotificationPreference:
        """Get my notification preferences: the awaitable `PeoplePreferences.info`, documented there."""
        return await self._client.request(
            _PREFERENCES_INFO, {}, timeout, max_retries, extra_headers
        )

    async def update(
        self,
        *,
        trigger_notify: SeverityNotifyChannels | Dict[str, Any],
        schedule_shift_notify: ShiftNotifyPreference | Dict[str, Any] | Omit = OMIT,
        status_change_notify: ImNotifyPreference | Dict[str, Any] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Change my notification preferences: the awaitable `PeoplePreferences.update`, documented there."""
        return await self._client.request(
            _PREFERENCES_UPDATE,
            {
                "trigger_notify": trigger_notify,
                "schedule_shift_notify": schedule_shift_notify,
                "status_change_notify": status_change_notify,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncPeopleAuditLogs(AsyncResource):
    """Operations under `client.people.audit_logs`."""

    def search(
        self,
        *,
        start_time: int,
        end_time: int,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        request_id: str | Omit = OMIT,
        operations: List[str] | Omit = OMIT,
        person_id: int | Omit = OMIT,
        is_dangerous: bool | Omit = OMIT,
        is_write: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[AuditLog]:
        """Search audit logs: the awaitable `PeopleAuditLogs.search`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _AUDIT_LOGS_SEARCH,
            {
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
                "search_after_ctx": search_after_ctx,
                "request_id": request_id,
                "operations": operations,
                "person_id": person_id,
                "is_dangerous": is_dangerous,
                "is_write": is_write,
            },
            options,
        )

    async def list_operations(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AuditOperationList:
        """List audited operation kinds: the awaitable `PeopleAuditLogs.list_operations`, documented there."""
        return await self._client.request(
            _AUDIT_LOGS_LIST_OPERATIONS, {}, timeout, max_retries, extra_headers
        )


class AsyncPeopleRoles(AsyncResource):
    """Operations under `client.people.roles`."""

    async def list(
        self,
        *,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RoleList:
        """List roles: the awaitable `PeopleRoles.list`, documented there."""
        return await self._client.request(
            _ROLES_LIST, {"orderby": orderby, "asc": asc}, timeout, max_retries, extra_headers
        )

    async def info(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Role:
        """Get one role: the awaitable `PeopleRoles.info`, documented there."""
        return await self._client.request(
            _ROLES_INFO, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    async def upsert(
        self,
        *,
        role_name: str,
        role_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        permission_ids: List[int] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RoleUpsertResult:
        """Create or update a role: the awaitable `PeopleRoles.upsert`, documented there."""
        return await self._client.request(
            _ROLES_UPSERT,
            {
                "role_name": role_name,
                "role_id": role_id,
                "description": description,
                "permission_ids": permission_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a role: the awaitable `PeopleRoles.delete`, documented there."""
        return await self._client.request(
            _ROLES_DELETE, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    async def enable(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Enable a role: the awaitable `PeopleRoles.enable`, documented there."""
        return await self._client.request(
            _ROLES_ENABLE, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    async def disable(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Disable a role: the awaitable `PeopleRoles.disable`, documented there."""
        return await self._client.request(
            _ROLES_DISABLE, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    async def grant_members(
        self,
        *,
        member_ids: List[int],
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Give a role to members: the awaitable `PeopleRoles.grant_members`, documented there."""
        return await self._client.request(
            _ROLES_GRANT_MEMBERS,
            {"member_ids": member_ids, "role_id": role_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def revoke_members(
        self,
        *,
        member_ids: List[int],
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Take a role from members: the awaitable `PeopleRoles.revoke_members`, documented there."""
        return await self._client.request(
            _ROLES_REVOKE_MEMBERS,
            {"member_ids": member_ids, "role_id": role_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def list_permissions(
        self,
        *,
        role_ids: List[int] | Omit = OMIT,
        with_all: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> PermissionList:
        """List permissions: the awaitable `PeopleRoles.list_permissions`, documented there."""
        return await self._client.request(
            _ROLES_LIST_PERMISSIONS,
            {"role_ids": role_ids, "with_all": with_all},
            timeout,
            max_retries,
            extra_headers,
        )

    async def list_permission_factors(
        self,
        *,
        factor_types: List[Literal["api", "button", "visit", "menu", "url"]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[PermissionFactor]:
        """List permission factors: the awaitable `PeopleRoles.list_permission_factors`, documented there."""
        return await self._client.request(
            _ROLES_LIST_PERMISSION_FACTORS,
            {"factor_types": factor_types},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncPeopleTeams(AsyncResource):
    """Operations under `client.people.teams`."""

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at", "team_name"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        person_id: int | Omit = OMIT,
        query: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[Team]:
        """List teams: the awaitable `PeopleTeams.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _TEAMS_LIST,
            {
                "p": p,
                "limit": limit,
                "orderby": orderby,
                "asc": asc,
                "person_id": person_id,
                "query": query,
            },
            options,
        )

    async def info(
        self,
        *,
        team_id: int | Omit = OMIT,
        team_name: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Team:
        """Get one team: the awaitable `PeopleTeams.info`, documented there."""
        return await self._client.request(
            _TEAMS_INFO,
            {"team_id": team_id, "team_name": team_name, "ref_id": ref_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def infos(
        self,
        *,
        team_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> TeamBriefList:
        """Get several teams: the awaitable `PeopleTeams.infos`, documented there."""
        return await self._client.request(
            _TEAMS_INFOS, {"team_ids": team_ids}, timeout, max_retries, extra_headers
        )

    async def upsert(
        self,
        *,
        team_name: str,
        team_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        person_ids: List[int] | Omit = OMIT,
        emails: List[str] | Omit = OMIT,
        phones: List[str] | Omit = OMIT,
        countryCode: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        reset_if_name_exist: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> TeamUpsertResult:
        """Create or update a team: the awaitable `PeopleTeams.upsert`, documented there."""
        return await self._client.request(
            _TEAMS_UPSERT,
            {
                "team_name": team_name,
                "team_id": team_id,
                "description": description,
                "person_ids": person_ids,
                "emails": emails,
                "phones": phones,
                "countryCode": countryCode,
                "ref_id": ref_id,
                "reset_if_name_exist": reset_if_name_exist,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        team_id: int | Omit = OMIT,
        team_name: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a team: the awaitable `PeopleTeams.delete`, documented there."""
        return await self._client.request(
            _TEAMS_DELETE,
            {"team_id": team_id, "team_name": team_name, "ref_id": ref_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncPeoplePersons(AsyncResource):
    """Operations under `client.people.persons`."""

    async def infos(
        self,
        *,
        person_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> PersonInfoList:
        """Get several people: the awaitable `PeoplePersons.infos`, documented there."""
        return await self._client.request(
            _PERSONS_INFOS, {"person_ids": person_ids}, timeout, max_retries, extra_headers
        )


class AsyncPeopleMembers(AsyncResource):
    """Operations under `client.people.members`."""

    def list(
        self,
        *,
        role_id: int | Omit = OMIT,
        query: str | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[Member]:
        """List members: the awaitable `PeopleMembers.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _MEMBERS_LIST,
            {
                "role_id": role_id,
                "query": query,
                "orderby": orderby,
                "asc": asc,
                "p": p,
                "limit": limit,
            },
            options,
        )

    async def info(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MemberProfile:
        """Get the calling member: the awaitable `PeopleMembers.info`, documented there."""
        return await self._client.request(_MEMBERS_INFO, {}, timeout, max_retries, extra_headers)

    async def invite(
        self,
        *,
        members: List[MemberInvitation | Dict[str, Any]],
        from_: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MemberInviteResult:
        """Invite members: the awaitable `PeopleMembers.invite`, documented there."""
        return await self._client.request(
            _MEMBERS_INVITE,
            {"members": members, "from": from_},
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        member_id: int | Omit = OMIT,
        member_name: str | Omit = OMIT,
        email: str | Omit = OMIT,
        phone: str | Omit = OMIT,
        country_code: str | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Remove a member: the awaitable `PeopleMembers.delete`, documented there."""
        return await self._client.request(
            _MEMBERS_DELETE,
            {
                "member_id": member_id,
                "member_name": member_name,
                "email": email,
                "phone": phone,
                "country_code": country_code,
                "ref_id": ref_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update_info(
        self,
        *,
        member_id: int,
        member_name: str | Omit = OMIT,
        email: str | Omit = OMIT,
        phone: str | Omit = OMIT,
        country_code: str | Omit = OMIT,
        avatar: str | Omit = OMIT,
        locale: Literal["zh-CN", "en-US"] | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a member's profile: the awaitable `PeopleMembers.update_info`, documented there."""
        return await self._client.request(
            _MEMBERS_UPDATE_INFO,
            {
                "member_id": member_id,
                "member_name": member_name,
                "email": email,
                "phone": phone,
                "country_code": country_code,
                "avatar": avatar,
                "locale": locale,
                "time_zone": time_zone,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def grant_roles(
        self,
        *,
        member_id: int,
        role_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Give roles to a member: the awaitable `PeopleMembers.grant_roles`, documented there."""
        return await self._client.request(
            _MEMBERS_GRANT_ROLES,
            {"member_id": member_id, "role_ids": role_ids},
            timeout,
            max_retries,
            extra_headers,
        )

    async def revoke_roles(
        self,
        *,
        member_id: int,
        role_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Take roles from a member: the awaitable `PeopleMembers.revoke_roles`, documented there."""
        return await self._client.request(
            _MEMBERS_REVOKE_ROLES,
            {"member_id": member_id, "role_ids": role_ids},
            timeout,
            max_retries,
            extra_headers,
        )

    async def update_roles(
        self,
        *,
        member_id: int,
        role_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Set a member's roles: the awaitable `PeopleMembers.update_roles`, documented there."""
        return await self._client.request(
            _MEMBERS_UPDATE_ROLES,
            {"member_id": member_id, "role_ids": role_ids},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncPeople(AsyncResource):
    """Operations under `client.people`."""

    @cached_property
    def members(self) -> AsyncPeopleMembers:
        return AsyncPeopleMembers(self._client)

    @cached_property
    def persons(self) -> AsyncPeoplePersons:
        return AsyncPeoplePersons(self._client)

    @cached_property
    def teams(self) -> AsyncPeopleTeams:
        return AsyncPeopleTeams(self._client)

    @cached_property
    def roles(self) -> AsyncPeopleRoles:
        return AsyncPeopleRoles(self._client)

    @cached_property
    def audit_logs(self) -> AsyncPeopleAuditLogs:
        return AsyncPeopleAuditLogs(self._client)

    @cached_property
    def preferences(self) -> AsyncPeoplePreferences:
        return AsyncPeoplePreferences(self._client)

    @cached_property
    def licenses(self) -> AsyncPeopleLicenses:
        return AsyncPeopleLicenses(self._client)

    @cached_property
    def app_keys(self) -> AsyncPeopleAppKeys:
        return AsyncPeopleAppKeys(self._client)
