"""API tokens (seed 003 "Gérer les tokens"): Admin-only, one account, one role, secret shown once.

Only the SHA-256 of the secret is stored (security.tokens); the bearer middleware turns the
secret back into a principal on every request, so a deleted token stops working at once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from tortoise.transactions import in_transaction

from ...models import ApiToken, Role
from ...models.enums import ApiTokenKind
from ...policy.access import AccountAccess, role_levels
from ...policy.grants import may_grant_role
from ...security.tokens import API_TOKEN_PREFIX, hash_secret, new_secret
from ..core.access_changes import access_changed
from ..core.errors import ErrorCode, ErrorCollector
from ..roles.custom_roles import find_account_role

TOKEN_NAME_MAX = 100
# Enough of the secret to recognise a token in a list, far too little to guess the rest.
DISPLAY_PREFIX_LENGTH = len(API_TOKEN_PREFIX) + 6


@dataclass
class IssuedApiToken:
    token: ApiToken
    secret: str


def _check_name(errors: ErrorCollector, raw: str | None) -> str:
    name = " ".join((raw or "").split())
    if not name:
        errors.add("name", ErrorCode.REQUIRED, "A token name is required.")
    elif len(name) > TOKEN_NAME_MAX:
        errors.add("name", ErrorCode.TOO_LONG, f"A token name has at most {TOKEN_NAME_MAX} characters.")
    elif not name.isprintable():
        errors.add("name", ErrorCode.INVALID_NAME, "A token name cannot hold control characters.")
    return name


async def _name_taken(account_id: uuid.UUID, name: str, *, except_id: uuid.UUID | None = None) -> bool:
    folded = name.casefold()
    rows = await ApiToken.filter(account_id=account_id).values_list("id", "name")
    return any(str(n).casefold() == folded and i != except_id for i, n in rows)


_GRANT_CODES = {
    "TEMPORARY_ROLE_NOT_ASSIGNABLE": ErrorCode.TEMPORARY_ROLE_NOT_ASSIGNABLE,
    "ONLY_ADMIN_GRANTS_ADMIN": ErrorCode.ONLY_ADMIN_GRANTS_ADMIN,
    "ROLE_EXCEEDS_GRANTER": ErrorCode.ROLE_EXCEEDS_GRANTER,
}


async def create_api_token(
    creator: AccountAccess,
    account_id: uuid.UUID,
    *,
    name: str,
    kind: ApiTokenKind,
    role_id: uuid.UUID | None,
    created_by_id: uuid.UUID | None,
) -> IssuedApiToken:
    errors = ErrorCollector()
    clean_name = _check_name(errors, name)
    role: Role | None = await find_account_role(account_id, role_id)
    if role is None:
        errors.add("roleId", ErrorCode.NOT_FOUND, "No such role in this account.")
    else:
        decision = may_grant_role(creator, role.key, role.kind, role_levels(role))
        if not decision.allowed:
            errors.add("roleId", _GRANT_CODES.get(decision.reason, ErrorCode.ROLE_EXCEEDS_GRANTER),
                       "You cannot give this role to a token.")
    if not any(e.field == "name" for e in errors.errors) and await _name_taken(account_id, clean_name):
        errors.add("name", ErrorCode.TOKEN_NAME_TAKEN, "A token with this name already exists in the account.")
    errors.raise_if_any()
    assert role is not None
    secret = new_secret(API_TOKEN_PREFIX)
    async with in_transaction():
        token = await ApiToken.create(
            account_id=account_id,
            role_id=role.id,
            kind=kind,
            name=clean_name,
            token_hash=hash_secret(secret),
            prefix=secret[:DISPLAY_PREFIX_LENGTH],
            created_by_id=created_by_id,
        )
    return IssuedApiToken(token, secret)


async def rename_api_token(token: ApiToken, *, name: str) -> ApiToken:
    errors = ErrorCollector()
    clean_name = _check_name(errors, name)
    account_id = token.account_id  # type: ignore[attr-defined]
    if not errors and await _name_taken(account_id, clean_name, except_id=token.id):
        errors.add("name", ErrorCode.TOKEN_NAME_TAKEN, "A token with this name already exists in the account.")
    errors.raise_if_any()
    token.name = clean_name
    await token.save(update_fields=["name"])
    return token


async def delete_api_token(token: ApiToken) -> None:
    """Effective at once: the next request with the secret is unauthenticated."""
    async with in_transaction():
        await ApiToken.filter(id=token.id).delete()
        await access_changed(accounts=[token.account_id])  # type: ignore[attr-defined]


async def account_tokens(account_id: uuid.UUID) -> list[ApiToken]:
    return await ApiToken.filter(account_id=account_id).order_by("created_at", "name")


