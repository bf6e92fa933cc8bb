"""Models of the `people` area. Generated from spec/; do not edit."""

from .defs.account import Account as Account
from .defs.account_restrictions import AccountRestrictions as AccountRestrictions
from .defs.app_key import AppKey as AppKey
from .defs.app_key_created import AppKeyCreated as AppKeyCreated
from .defs.app_key_page import AppKeyPage as AppKeyPage
from .defs.audit_log import AuditLog as AuditLog
from .defs.audit_log_page import AuditLogPage as AuditLogPage
from .defs.audit_log_param import AuditLogParam as AuditLogParam
from .defs.audit_operation import AuditOperation as AuditOperation
from .defs.audit_operation_list import AuditOperationList as AuditOperationList
from .defs.im_notify_preference import ImNotifyPreference as ImNotifyPreference
from .defs.invited_member import InvitedMember as InvitedMember
from .defs.license_member import LicenseMember as LicenseMember
from .defs.license_member_list import LicenseMemberList as LicenseMemberList
from .defs.member import Member as Member
from .defs.member_invitation import MemberInvitation as MemberInvitation
from .defs.member_invite_result import MemberInviteResult as MemberInviteResult
from .defs.member_page import MemberPage as MemberPage
from .defs.member_profile import MemberProfile as MemberProfile
from .defs.member_profile_updates import MemberProfileUpdates as MemberProfileUpdates
from .defs.notification_preference import NotificationPreference as NotificationPreference
from .defs.permission import Permission as Permission
from .defs.permission_factor import PermissionFactor as PermissionFactor
from .defs.permission_list import PermissionList as PermissionList
from .defs.person_info import PersonInfo as PersonInfo
from .defs.person_info_list import PersonInfoList as PersonInfoList
from .defs.role import Role as Role
from .defs.role_list import RoleList as RoleList
from .defs.role_upsert_result import RoleUpsertResult as RoleUpsertResult
from .defs.severity_notify_channels import SeverityNotifyChannels as SeverityNotifyChannels
from .defs.shift_notify_preference import ShiftNotifyPreference as ShiftNotifyPreference
from .defs.team import Team as Team
from .defs.team_brief import TeamBrief as TeamBrief
from .defs.team_brief_list import TeamBriefList as TeamBriefList
from .defs.team_page import TeamPage as TeamPage
from .defs.team_upsert_result import TeamUpsertResult as TeamUpsertResult

__all__ = [
    "Account",
    "AccountRestrictions",
    "AppKey",
    "AppKeyCreated",
    "AppKeyPage",
    "AuditLog",
    "AuditLogPage",
    "AuditLogParam",
    "AuditOperation",
    "AuditOperationList",
    "ImNotifyPreference",
    "InvitedMember",
    "LicenseMember",
    "LicenseMemberList",
    "Member",
    "MemberInvitation",
    "MemberInviteResult",
    "MemberPage",
    "MemberProfile",
    "MemberProfileUpdates",
    "NotificationPreference",
    "Permission",
    "PermissionFactor",
    "PermissionList",
    "PersonInfo",
    "PersonInfoList",
    "Role",
    "RoleList",
    "RoleUpsertResult",
    "SeverityNotifyChannels",
    "ShiftNotifyPreference",
    "Team",
    "TeamBrief",
    "TeamBriefList",
    "TeamPage",
    "TeamUpsertResult",
]
