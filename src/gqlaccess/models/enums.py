"""Enumerations stored in the database (string values, stable across releases)."""

from __future__ import annotations

from enum import StrEnum


class AccountStatus(StrEnum):
    ACTIVE = "ACTIVE"
    SETUP_IN_PROGRESS = "SETUP_IN_PROGRESS"
    DEACTIVATED = "DEACTIVATED"


class Language(StrEnum):
    EN = "en"
    FR = "fr"


class MembershipStatus(StrEnum):
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    # An existing identity invited into another account: nothing is granted until the person
    # accepts (services/members/consent.py); the inviting account sees only the row and the e-mail.
    PENDING = "PENDING"


class RoleKind(StrEnum):
    PREDEFINED = "PREDEFINED"
    CUSTOM = "CUSTOM"
    TEMPORARY = "TEMPORARY"


class ResourceKind(StrEnum):
    APP = "APP"
    SITE = "SITE"


class ClientStatus(StrEnum):
    POTENTIAL = "POTENTIAL"
    SITE_ASSIGNED = "SITE_ASSIGNED"
    INVITED = "INVITED"
    ACTIVE = "ACTIVE"
    SUSPENDED = "SUSPENDED"


class ClientUserStatus(StrEnum):
    PENDING = "PENDING"
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


class InvitationKind(StrEnum):
    USER_ACTIVATION = "USER_ACTIVATION"
    CLIENT_SETUP = "CLIENT_SETUP"
    ACCOUNT_SETUP = "ACCOUNT_SETUP"
    PASSWORD_RESET = "PASSWORD_RESET"


class InvitationStatus(StrEnum):
    PENDING = "PENDING"
    ACCEPTED = "ACCEPTED"
    EXPIRED = "EXPIRED"
    REVOKED = "REVOKED"


class DeliveryStatus(StrEnum):
    NOT_SENT = "NOT_SENT"  # no SMTP configured: the link was handed to the creator
    QUEUED = "QUEUED"
    SENT = "SENT"
    FAILED = "FAILED"


class SessionKind(StrEnum):
    USER = "USER"
    IMPERSONATION = "IMPERSONATION"


class ApiTokenKind(StrEnum):
    API = "API"
    SERVER_TO_SERVER = "SERVER_TO_SERVER"
    SCIM = "SCIM"  # directory provisioning at /scim/v2 only; refused by GraphQL


class ExportKind(StrEnum):
    USERS = "USERS"
    CLIENTS = "CLIENTS"
    AUDIT_EVENTS = "AUDIT_EVENTS"


class ExportStatus(StrEnum):
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


class OutboxStatus(StrEnum):
    PENDING = "PENDING"
    SENT = "SENT"
    FAILED = "FAILED"


class AuditOutcome(StrEnum):
    ALLOWED = "ALLOWED"  # the mutation ran and changed state
    REJECTED = "REJECTED"  # allowed, but refused by validation or a business rule
    DENIED = "DENIED"  # refused by authentication or authorization


# integrator area: webhooks
class WebhookDeliveryStatus(StrEnum):
    PENDING = "PENDING"  # owed: waiting for its turn or for the next attempt
    SUCCEEDED = "SUCCEEDED"  # the endpoint answered 2xx
    FAILED = "FAILED"  # gave up after the retry window, or the endpoint was disabled/removed
