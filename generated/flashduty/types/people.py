"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from .._models import FlashdutyModel
from pydantic import Field, RootModel

from .common import Page


class AppKey(FlashdutyModel):
    """
    A personal APP key, without its secret.
    """

    key_id: int
    """
    Key ID.
    """
    key_name: str
    """
    Name of the key.
    """
    key: str | None = None
    """
    The secret; never filled in by the list.
    """
    status: str
    """
    Key status, e.g. `enabled` or `disabled`.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """


class AppKeyCreated(FlashdutyModel):
    """
    A new personal APP key, secret included. Store the secret now; no call returns it again.
    """

    key_id: int
    """
    Key ID.
    """
    key_name: str
    """
    Name of the key.
    """
    key: str
    """
    The secret APP key.
    """


class AppKeyPage(Page):
    """
    One page of personal APP keys.
    """

    items: list[AppKey] | None
    """
    Keys on this page.
    """


class AuditLog(FlashdutyModel):
    """
    One audited API call or console action.
    """

    created_at: int
    """
    When it happened, Unix milliseconds.
    """
    account_id: int
    """
    Account ID.
    """
    member_id: int
    """
    Member who acted.
    """
    member_name: str
    """
    That member's display name.
    """
    request_id: str
    """
    Request ID of the call.
    """
    ip: str
    """
    IP address the call came from.
    """
    operation: str
    """
    Fixed identifier of the action, e.g. `template:write:create`.
    """
    operation_name: str
    """
    Operation label in the account's language.
    """
    body: str
    """
    Request body as a JSON string, cut at about 10 KB.
    """
    params: list[AuditLogParam] | None
    """
    URL path parameters; empty when there were none.
    """
    is_dangerous: bool
    """
    Whether the operation counts as high-risk.
    """
    is_write: bool
    """
    True for changes, false for reads.
    """


class AuditLogPage(Page):
    """
    One page of audit log entries.
    """

    search_after_ctx: str
    """
    Cursor for the next page, to pass back as `search_after_ctx`; empty after the last page.
    """
    docs: list[AuditLog] | None = None
    """
    Entries on this page.
    """


class AuditLogParam(FlashdutyModel):
    """
    One URL path parameter of an audited request.
    """

    Key: str | None = None
    """
    Parameter name.
    """
    Value: str | None = None
    """
    Parameter value.
    """


class AuditOperation(FlashdutyModel):
    """
    A kind of operation the audit log records.
    """

    name: str
    """
    Stable name, the value to filter on, e.g. `template:write:create`.
    """
    name_cn: str
    """
    Chinese label the console shows.
    """


class AuditOperationList(FlashdutyModel):
    """
    Every kind of operation the audit log records.
    """

    items: list[AuditOperation] | None
    """
    The operation kinds.
    """


class ImNotifyPreference(FlashdutyModel):
    """
    IM app integrations that deliver a kind of notification to the member.
    """

    im_integrations: list[str] | None
    """
    IM app integrations to use.
    """


class InvitedMember(FlashdutyModel):
    """
    A member created by an invitation.
    """

    member_id: int | None = None
    """
    Member ID.
    """
    member_name: str | None = None
    """
    Display name.
    """


class LicenseMember(FlashdutyModel):
    """
    A person and the on-call licence they hold, if any.
    """

    person_id: int | None = None
    """
    Member ID.
    """
    person_name: str | None = None
    """
    Display name.
    """
    status: str | None = None
    """
    Member status.
    """
    type: Literal["fixed", "temporary", "none"] | str
    """
    Licence held - `fixed` (assigned seat), `temporary`, or `none`.
    """
    updated_by: int | None = None
    """
    Who last assigned the licence; fixed licences only.
    """
    created_at: str | None = None
    """
    When the fixed licence was assigned; fixed licences only.
    """
    updated_at: str | None = None
    """
    When the fixed licence last changed; fixed licences only.
    """


class LicenseMemberList(FlashdutyModel):
    """
    Licence holders of the account.
    """

    total: int
    """
    Number of entries.
    """
    items: list[LicenseMember] | None = None
    """
    One entry per person.
    """


class Member(FlashdutyModel):
    """
    A member of the account, as the member list shows it.
    """

    account_id: int
    """
    Account the member belongs to.
    """
    member_id: int
    """
    Member ID, unique in the account.
    """
    member_name: str
    """
    Display name.
    """
    country_code: str
    """
    Country code of the phone number.
    """
    phone: str
    """
    Phone number with its middle digits masked.
    """
    email: str
    """
    Email address in clear.
    """
    locale: str | None = None
    """
    Preferred language, e.g. `en-US`.
    """
    time_zone: str | None = None
    """
    Time zone in tz database form, e.g. `Asia/Shanghai`.
    """
    phone_verified: bool
    """
    Whether the phone number has been verified.
    """
    email_verified: bool
    """
    Whether the email address has been verified.
    """
    avatar: str
    """
    Avatar image URL or path.
    """
    status: Literal["enabled", "pending", "deleted"] | str
    """
    Where a member stands: `enabled` is active, `pending` was invited and has not accepted yet, `deleted` was removed from the account.
    """
    account_role_ids: list[int] | None
    """
    Roles held by the member; empty or null when none.
    """
    is_external: bool
    """
    Whether the member was provisioned through single sign-on.
    """
    ref_id: str
    """
    Identifier of the member in an external system that syncs people.
    """
    created_at: int
    """
    When the member was added, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """


class MemberInvitation(FlashdutyModel):
    """
    One person to invite. Give an email address, a phone number or both; the invitation creates the member straight away, and a channel only receives notifications once the member has verified it.
    """

    member_name: str | None = None
    """
    Display name, unique in the account. Required with a phone number; with only an email address it defaults to the part before the `@`.
    """
    email: str | None = None
    """
    Email address.
    """
    phone: str | None = None
    """
    Phone number.
    """
    country_code: str | None = None
    """
    Country code of the phone number; `CN` when omitted.
    """
    role_ids: list[int] | None = None
    """
    Roles to grant; none when omitted.
    """
    locale: Literal["zh-CN", "en-US"] | str | None = None
    """
    Preferred language.
    """
    time_zone: str | None = None
    """
    Time zone in tz database form, e.g. `Asia/Shanghai`.
    """
    ref_id: str | None = None
    """
    Identifier of the person in an external system.
    """


class MemberInviteResult(FlashdutyModel):
    """
    The members an invitation created.
    """

    items: list[InvitedMember] | None = None
    """
    One entry per created member.
    """


class MemberPage(Page):
    """
    One page of members.
    """

    p: int
    """
    The page number returned.
    """
    limit: int
    """
    The page size used.
    """
    items: list[Member] | None
    """
    Members on this page.
    """


class MemberProfile(FlashdutyModel):
    """
    The profile of the member who owns the APP key, with account details.
    """

    account_id: int | None = None
    """
    Account ID.
    """
    account_name: str | None = None
    """
    Account name.
    """
    account_avatar: str | None = None
    """
    Account avatar URL.
    """
    account_email: str | None = None
    """
    Email address of the account.
    """
    account_role_ids: list[int] | None = None
    """
    Roles the member holds.
    """
    account_locale: str | None = None
    """
    Default language of the account, e.g. `en-US`.
    """
    account_time_zone: str | None = None
    """
    Default time zone of the account, e.g. `Asia/Shanghai`.
    """
    domain: str | None = None
    """
    Account domain (the console sub-domain).
    """
    member_id: int | None = None
    """
    Member ID.
    """
    member_name: str | None = None
    """
    Display name.
    """
    phone: str | None = None
    """
    Phone number with its middle digits masked.
    """
    phone_verified: bool | None = None
    """
    Whether the phone number has been verified.
    """
    email: str | None = None
    """
    Email address.
    """
    email_verified: bool | None = None
    """
    Whether the email address has been verified.
    """
    country_code: str | None = None
    """
    Country code of the phone number.
    """
    avatar: str | None = None
    """
    Avatar image URL or path.
    """
    locale: str | None = None
    """
    The member's own language preference.
    """
    time_zone: str | None = None
    """
    The member's own time zone.
    """
    is_external: bool | None = None
    """
    Whether the member was provisioned through single sign-on.
    """
    status: Literal["enabled", "pending", "deleted"] | str | None = None
    """
    Where a member stands: `enabled` is active, `pending` was invited and has not accepted yet, `deleted` was removed from the account.
    """
    created_at: int | None = None
    """
    When the member was added, Unix seconds.
    """


class MemberStatus(RootModel[Literal["enabled", "pending", "deleted"] | str]):
    root: Literal["enabled", "pending", "deleted"] | str
    """
    Where a member stands: `enabled` is active, `pending` was invited and has not accepted yet, `deleted` was removed from the account.
    """


class NotificationPreference(FlashdutyModel):
    """
    The member's personal notification settings.
    """

    person_id: int
    """
    Member the settings belong to.
    """
    trigger_notify: SeverityNotifyChannels | None
    shedule_shift_notify: ShiftNotifyPreference | None
    status_page_notify: ImNotifyPreference | None


class Permission(FlashdutyModel):
    """
    A permission that roles can grant.
    """

    id: int
    """
    Permission ID, as used in `permission_ids`.
    """
    permission_name: str
    """
    Display name, e.g. `Templates Read`.
    """
    permission_type: Literal["read", "manage"] | str
    """
    Whether the permission lets its holder look or change.
    """
    description: str
    """
    What the permission allows.
    """
    class_: Annotated[str, Field(alias="class")]
    """
    Group the permission is shown under, e.g. `On-call`.
    """
    scope: str
    """
    Product area the permission belongs to, e.g. `on-call` or `organization`.
    """
    status: Literal["enabled", "disabled"] | str
    """
    Whether the permission is in use.
    """
    is_granted: bool | None = None
    """
    Only with `with_all`: whether the roles asked about grant it.
    """


class PermissionFactor(FlashdutyModel):
    """
    One fine-grained control (an API, a button, a page…) that permissions are built from.
    """

    factor_name: str
    """
    Identifier of the control, e.g. `template:read:info`.
    """
    factor_type: Literal["api", "button", "visit", "menu", "url"] | str
    """
    Kind of control a permission factor guards.
    """


class PermissionFactorType(RootModel[Literal["api", "button", "visit", "menu", "url"] | str]):
    root: Literal["api", "button", "visit", "menu", "url"] | str
    """
    Kind of control a permission factor guards.
    """


class PermissionList(FlashdutyModel):
    """
    Permissions matching the request.
    """

    items: list[Permission] | None
    """
    The permissions.
    """


class PersonInfo(FlashdutyModel):
    """
    Public profile of a person, who is either the account itself or one of its members.
    """

    account_id: int
    """
    Account ID.
    """
    person_id: int
    """
    Person ID (an account ID or a member ID).
    """
    person_name: str | None = None
    """
    Display name.
    """
    avatar: str | None = None
    """
    Avatar image URL or path.
    """
    locale: str | None = None
    """
    Preferred language.
    """
    time_zone: str | None = None
    """
    Time zone.
    """
    email: str | None = None
    """
    Email address.
    """
    phone: str | None = None
    """
    Phone number.
    """
    phone_verified: bool
    """
    Whether the phone number has been verified.
    """
    email_verified: bool
    """
    Whether the email address has been verified.
    """
    as_: Annotated[Literal["member", "account"] | str | None, Field(alias="as")] = None
    """
    Whether the person is a member or the account itself.
    """
    status: Literal["enabled", "pending", "deleted"] | str | None = None
    """
    Where a member stands: `enabled` is active, `pending` was invited and has not accepted yet, `deleted` was removed from the account.
    """


class PersonInfoList(FlashdutyModel):
    """
    Profiles of the persons asked for.
    """

    items: list[PersonInfo] | None = None
    """
    One profile per person found.
    """


class PersonalNotifyChannel(RootModel[str]):
    root: str
    """
    Where a personal notification goes: `email`, `voice`, `sms`, `push`, or an IM app integration written `<type>:<integration_id>`, e.g. `feishu_app:2490562293131`.
    """


class Role(FlashdutyModel):
    """
    A role of the account and the permissions it grants.
    """

    role_id: int
    """
    Role ID.
    """
    role_name: str
    """
    Name of the role.
    """
    description: str
    """
    Free-text description.
    """
    status: Literal["enabled", "disabled"] | str
    """
    Whether the role currently grants its permissions.
    """
    permission_ids: list[int] | None
    """
    Permissions the role grants.
    """
    editable: bool
    """
    False for built-in roles, which cannot be changed or deleted.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """


class RoleList(FlashdutyModel):
    """
    Every role of the account.
    """

    total: int
    """
    Number of roles.
    """
    items: list[Role] | None
    """
    The roles, built-in ones included.
    """


class RoleUpsertResult(FlashdutyModel):
    """
    The role that was created or updated.
    """

    role_id: int
    """
    ID of the role.
    """
    role_name: str
    """
    Its name.
    """


class SeverityNotifyChannels(FlashdutyModel):
    """
    Channels that notify the member of a new incident, per severity.
    """

    critical: list[str] | None
    """
    Channels for Critical incidents.
    """
    warning: list[str] | None
    """
    Channels for Warning incidents.
    """
    info: list[str] | None
    """
    Channels for Info incidents.
    """


class ShiftNotifyPreference(FlashdutyModel):
    """
    How the member hears about their on-call shifts starting.
    """

    personal_channels: list[str] | None
    """
    Channels: `email`, `voice`, `sms`, or an IM app integration written `feishu_app:<id>`, `dingtalk_app:<id>` or `wecom_app:<id>`.
    """


class Team(FlashdutyModel):
    """
    A team and who is in it.
    """

    account_id: int
    """
    Account that owns the team.
    """
    team_id: int
    """
    Team ID, unique in the account.
    """
    team_name: str
    """
    Name, 1 to 39 characters and unique in the account.
    """
    description: str
    """
    Free-text description.
    """
    status: Literal["enabled", "disabled"] | str
    """
    Whether the team is in use.
    """
    updated_by_name: str
    """
    Name of whoever last changed the team.
    """
    updated_by: int
    """
    Member who last changed the team.
    """
    creator_id: int
    """
    Member who created the team.
    """
    creator_name: str
    """
    Name of that member.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """
    person_ids: list[int] | None
    """
    People in the team (member IDs, or the account ID).
    """
    ref_id: str
    """
    Identifier of the team in an external system that syncs teams.
    """


class TeamBrief(FlashdutyModel):
    """
    A team reduced to its name and people.
    """

    team_id: int
    """
    Team ID.
    """
    team_name: str
    """
    Team name.
    """
    person_ids: list[int] | None
    """
    People in the team (member IDs, or the account ID).
    """


class TeamBriefList(FlashdutyModel):
    """
    The teams asked for.
    """

    items: list[TeamBrief] | None
    """
    One entry per team found.
    """


class TeamPage(Page):
    """
    One page of teams.
    """

    p: int
    """
    The page number returned.
    """
    limit: int
    """
    The page size used.
    """
    items: list[Team] | None
    """
    Teams on this page.
    """


class TeamStatus(RootModel[Literal["enabled", "disabled"] | str]):
    root: Literal["enabled", "disabled"] | str
    """
    Whether the team is in use.
    """


class TeamUpsertResult(FlashdutyModel):
    """
    The team that was created or updated.
    """

    team_id: int
    """
    ID of the team.
    """
    team_name: str
    """
    Its name.
    """
