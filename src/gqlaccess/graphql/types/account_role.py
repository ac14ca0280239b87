"""A role as used in one account: what depends on the account (its member count) lives here.

Predefined roles are one `Role` (one global ID) shared by every account; a count per account on
`Role` would differ with the path that reached it, and a normalised cache (Apollo's
InMemoryCache, Relay) would show one account's counts in another (issue 14). `AccountRole` has
its own ID per (account, role), like an edge, so each account's counts stay its own.
"""

from __future__ import annotations

import strawberry

from ...policy.capabilities import Capability, Level
from ...policy.decisions import may
from ...services.roles import custom_roles
from ..context import Info
from ..ids import encode_id, encode_pair
from .node import Node, register_pair_node
from .role import RoleType


@strawberry.type(name="AccountRole", description="A role as used in one account, with that account's member count.")
class AccountRoleType(Node):
    account_pk: strawberry.Private[object]
    role: RoleType
    member_count: int = strawberry.field(description="Members of this account holding the role.")

    @strawberry.field
    def account_id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Account", self.account_pk))  # type: ignore[arg-type]

    @classmethod
    def build(cls, account_id, listed: custom_roles.AccountRole) -> AccountRoleType:  # type: ignore[no-untyped-def]
        return cls(
            id=strawberry.ID(encode_pair("AccountRole", account_id, listed.role.id)),
            account_pk=account_id,
            role=RoleType.from_model(listed.role, member_count=listed.member_count),
            member_count=listed.member_count,
        )


async def may_list_roles(info: Info, account_id) -> bool:  # type: ignore[no-untyped-def]
    access = await info.context.access(account_id)
    return any(may(access, c, Level.VIEW).allowed for c in (Capability.ROLES, Capability.USERS))


@register_pair_node("AccountRole")
async def _account_role_node(info: Info, account_id, role_id) -> AccountRoleType | None:  # type: ignore[no-untyped-def]
    if not await may_list_roles(info, account_id):
        return None
    listed = next((r for r in await custom_roles.account_roles(account_id) if r.role.id == role_id), None)
    return AccountRoleType.build(account_id, listed) if listed else None
