"""Creating accounts with their owner (platform operators and the CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from tortoise.transactions import in_transaction

from ...models import Account, Membership, User
from ...models.enums import InvitationKind, Language
from ...policy.capabilities import ADMIN_KEY
from ...security import rules
from ..core import outbox
from ..core.deps import Deps
from ..core.errors import ErrorCode, ErrorCollector
from ..invitations import invitations
from ..members import identities
from ..roles.roles import predefined_role_id


@dataclass
class CreatedAccount:
    account: Account
    owner: User
    invitation: invitations.IssuedInvitation | None
    outbox_ids: list[int]


def check_account_name(errors: ErrorCollector, name: str | None, field: str = "name") -> str:
    cleaned = (name or "").strip()
    if not cleaned:
        errors.add(field, ErrorCode.REQUIRED, "An account name is required.")
    elif len(cleaned) > 200:
        errors.add(field, ErrorCode.TOO_LONG, "An account name has at most 200 characters.")
    return cleaned


def check_language(errors: ErrorCollector, language: str | None, field: str = "language") -> Language:
    try:
        return Language((language or "en").lower())
    except ValueError:
        errors.add(field, ErrorCode.INVALID_LANGUAGE, "The language must be en or fr.")
        return Language.EN


async def create_account(
    deps: Deps,
    *,
    name: str,
    owner_email: str,
    owner_name: str | None = None,
    language: str | None = "en",
    max_users: int | None = None,
    created_by_id: UUID | None = None,
) -> CreatedAccount:
    """A new tenant whose owner is an Admin. A new owner gets an activation link (48 h)."""
    errors = ErrorCollector()
    account_name = check_account_name(errors, name)
    account_language = check_language(errors, language)
    email = rules.normalize_email(owner_email)
    if isinstance(email, rules.RuleViolation):
        errors.add("ownerEmail", email.code, email.message)
    # Without a name, the owner is called after the e-mail's local part until they choose one.
    checked_name = rules.check_name(owner_name or rules.name_from_email(email if isinstance(email, str) else ""))
    if isinstance(checked_name, rules.RuleViolation):
        errors.add("ownerName", checked_name.code, checked_name.message)
    if max_users is not None and max_users < 1:
        errors.add("maxUsers", ErrorCode.INVALID, "The user limit must be at least 1.")
    errors.raise_if_any()
    assert isinstance(email, str) and isinstance(checked_name, str)

    async with in_transaction():
        owner = await User.get_or_none(email=email)
        if owner is None:
            # Created by a platform operator (CLI, createAccount), who vouches for the address.
            owner = await User.create(email=email, name=checked_name, email_verified_at=deps.now())
        elif not identities.is_established(owner) or await Account.exists(owner_id=owner.id):
            # Pending or unproven elsewhere, or already an owner: one generic answer, nothing revealed.
            errors.add("ownerEmail", ErrorCode.USER_CANNOT_BE_CREATED, "This user cannot be created.")
            errors.raise_if_any()
        account = await Account.create(
            name=account_name, language=account_language, max_users=max_users, owner_id=owner.id
        )
        await Membership.create(account_id=account.id, user_id=owner.id, role_id=predefined_role_id(ADMIN_KEY))
        issued = None
        outbox_ids: list[int] = []
        if owner.activated_at is None:
            issued = await invitations.issue(
                deps,
                InvitationKind.USER_ACTIVATION,
                email=owner.email,
                account_id=account.id,
                user_id=owner.id,
                created_by_id=created_by_id,
            )
            row = await outbox.record_email(
                deps.settings,
                template="user_activation",
                to_email=owner.email,
                language=account.language,
                variables={
                    "name": owner.name,
                    "account_name": account.name,
                    "url": issued.url(deps.settings),
                    "expires_at": issued.invitation.expires_at.isoformat(),
                },
                invitation=issued.invitation,
                account_id=account.id,
            )
            outbox_ids.append(row.id)
    await deps.queue.enqueue_emails(outbox_ids)
    return CreatedAccount(account, owner, issued, outbox_ids)
