"""Persistence: Tortoise models, one module per aggregate."""

from .access_version import AccessVersion
from .account import Account
from .account_deletion import AccountDeletion
from .account_policy import AccountSecurityPolicy
from .audit import AuditEvent
from .client import Client, ClientResource, ClientUser
from .directory_settings import DirectoryGroup, DirectorySettings
from .export_job import ExportJob
from .invitation import Invitation
from .membership import Membership
from .outbox import OutboxEmail
from .resource import Resource
from .role import Role
from .session import ApiToken, RefreshToken, Session
from .sso import AccountDomain, SsoConnection, SsoIdentity, SsoLinkApproval
from .user import User
from .webhook import WebhookDelivery, WebhookEndpoint, WebhookEvent

__all__ = [
    "AccessVersion",
    "Account",
    "AccountDeletion",
    "AccountSecurityPolicy",
    "ApiToken",
    "AuditEvent",
    "Client",
    "ClientResource",
    "ClientUser",
    "DirectoryGroup",
    "DirectorySettings",
    "ExportJob",
    "Invitation",
    "Membership",
    "OutboxEmail",
    "RefreshToken",
    "Resource",
    "Role",
    "Session",
    "User",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookEvent",
    "AccountDomain",
    "SsoConnection",
    "SsoIdentity",
    "SsoLinkApproval",
]
