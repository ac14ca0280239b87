"""Expected failures of domain operations: a machine-readable code on an input field.

The GraphQL layer turns them into payload `errors { field code message }`; nothing is written
when one is raised (operations validate first and write inside one transaction).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ErrorCode(StrEnum):
    # generic input
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    TOO_LONG = "TOO_LONG"
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_NAME = "INVALID_NAME"
    INVALID_ID = "INVALID_ID"
    NOT_FOUND = "NOT_FOUND"
    CONFIRMATION_REQUIRED = "CONFIRMATION_REQUIRED"
    # authentication
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    TOTP_REQUIRED = "TOTP_REQUIRED"
    INVALID_TOTP_CODE = "INVALID_TOTP_CODE"
    TOTP_ALREADY_ENABLED = "TOTP_ALREADY_ENABLED"
    TOTP_NOT_ENABLED = "TOTP_NOT_ENABLED"
    TOTP_NOT_PENDING = "TOTP_NOT_PENDING"
    TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS"
    # passwords
    PASSWORD_TOO_SHORT = "PASSWORD_TOO_SHORT"
    PASSWORD_TOO_LONG = "PASSWORD_TOO_LONG"
    PASSWORD_TOO_WEAK = "PASSWORD_TOO_WEAK"
    PASSWORD_TOO_PERSONAL = "PASSWORD_TOO_PERSONAL"
    # invitations
    INVITATION_INVALID = "INVITATION_INVALID"
    INVITATION_EXPIRED = "INVITATION_EXPIRED"
    INVITATION_USED = "INVITATION_USED"
    INVITATION_REVOKED = "INVITATION_REVOKED"
    INVITATION_WRONG_KIND = "INVITATION_WRONG_KIND"
    TERMS_NOT_ACCEPTED = "TERMS_NOT_ACCEPTED"
    PRIVACY_NOT_ACCEPTED = "PRIVACY_NOT_ACCEPTED"
    NOT_PENDING = "NOT_PENDING"
    # accounts and users
    USER_CANNOT_BE_CREATED = "USER_CANNOT_BE_CREATED"
    ALREADY_OWNS_ACCOUNT = "ALREADY_OWNS_ACCOUNT"
    PLAN_USER_LIMIT_REACHED = "PLAN_USER_LIMIT_REACHED"
    OWNER_IMMUTABLE = "OWNER_IMMUTABLE"
    INVALID_LANGUAGE = "INVALID_LANGUAGE"
    # roles, API tokens and resources (issue 3, branch `roles`)
    ROLE_NAME_TAKEN = "ROLE_NAME_TAKEN"
    ROLE_TEMPLATE_INVALID = "ROLE_TEMPLATE_INVALID"
    ADMIN_ROLE_NOT_DUPLICABLE = "ADMIN_ROLE_NOT_DUPLICABLE"
    CAPABILITY_NOT_EDITABLE = "CAPABILITY_NOT_EDITABLE"
    DUPLICATE_CAPABILITY = "DUPLICATE_CAPABILITY"
    ROLE_EXCEEDS_GRANTER = "ROLE_EXCEEDS_GRANTER"
    ROLE_NOT_CUSTOM = "ROLE_NOT_CUSTOM"
    ROLE_IN_USE = "ROLE_IN_USE"
    TEMPORARY_ROLE_NOT_ASSIGNABLE = "TEMPORARY_ROLE_NOT_ASSIGNABLE"
    ONLY_ADMIN_GRANTS_ADMIN = "ONLY_ADMIN_GRANTS_ADMIN"
    TOKEN_NAME_TAKEN = "TOKEN_NAME_TAKEN"
    RESOURCE_NAME_TAKEN = "RESOURCE_NAME_TAKEN"
    INVALID_URL = "INVALID_URL"
    # users and memberships (issue 3, users half)
    TEMPORARY_ROLE_FUTURE_APPS_FROZEN = "TEMPORARY_ROLE_FUTURE_APPS_FROZEN"
    SCOPE_EXCEEDS_GRANTER = "SCOPE_EXCEEDS_GRANTER"
    SCOPE_NOT_NARROWABLE = "SCOPE_NOT_NARROWABLE"
    FUTURE_APPS_REQUIRE_ALL_APPS = "FUTURE_APPS_REQUIRE_ALL_APPS"
    FUTURE_APPS_LOCK_BULK_APPS = "FUTURE_APPS_LOCK_BULK_APPS"
    APP_NOT_FOUND = "APP_NOT_FOUND"
    ROLE_NOT_FOUND = "ROLE_NOT_FOUND"
    MEMBERSHIP_NOT_FOUND = "MEMBERSHIP_NOT_FOUND"
    INVALID_COUNTRY_CODE = "INVALID_COUNTRY_CODE"
    INVALID_MEDIA_SOURCE = "INVALID_MEDIA_SOURCE"
    ADMIN_NOT_BULK_ASSIGNABLE = "ADMIN_NOT_BULK_ASSIGNABLE"
    USER_PROFILE_SHARED = "USER_PROFILE_SHARED"
    CANNOT_TARGET_SELF = "CANNOT_TARGET_SELF"
    TOO_MANY_ITEMS = "TOO_MANY_ITEMS"
    DUPLICATE_IN_BATCH = "DUPLICATE_IN_BATCH"
    NOTHING_TO_CHANGE = "NOTHING_TO_CHANGE"
    OWNERSHIP_TARGET_NOT_ACTIVE_ADMIN = "OWNERSHIP_TARGET_NOT_ACTIVE_ADMIN"
    # integrator area: webhooks, invitation lists, account security policies
    WEBHOOK_URL_INVALID = "WEBHOOK_URL_INVALID"
    WEBHOOK_TARGET_NOT_ALLOWED = "WEBHOOK_TARGET_NOT_ALLOWED"
    UNKNOWN_EVENT_TYPE = "UNKNOWN_EVENT_TYPE"
    WEBHOOK_LIMIT_REACHED = "WEBHOOK_LIMIT_REACHED"
    OUT_OF_RANGE = "OUT_OF_RANGE"
    INVALID_EMAIL_DOMAIN = "INVALID_EMAIL_DOMAIN"
    EMAIL_DOMAIN_NOT_ALLOWED = "EMAIL_DOMAIN_NOT_ALLOWED"


@dataclass(frozen=True)
class FieldError:
    field: str | None
    code: ErrorCode | str
    message: str


class DomainError(Exception):
    """One or more expected failures; the operation wrote nothing."""

    def __init__(self, *errors: FieldError) -> None:
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors: list[FieldError] = list(errors)

    @classmethod
    def of(cls, field: str | None, code: ErrorCode | str, message: str) -> DomainError:
        return cls(FieldError(field, code, message))


class ErrorCollector:
    """Gathers every violation of an input before failing, so callers see them all at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str | None, code: ErrorCode | str, message: str) -> None:
        self.errors.append(FieldError(field, code, message))

    def raise_if_any(self) -> None:
        if self.errors:
            raise DomainError(*self.errors)

    def __bool__(self) -> bool:
        return bool(self.errors)
