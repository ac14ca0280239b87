"""`users(...)`: the users table of an account, as a connection of memberships (seed 003)."""

from __future__ import annotations

from enum import Enum

import strawberry

from ...policy.capabilities import Capability, Level
from ...services.core.cursors import InvalidCursor
from ...services.members import user_directory
from ..context import Info
from ..errors import BadUserInput
from ..guards import authorize
from ..ids import decode_optional, decode_typed
from ..pagination import Connection, build_connection, page_size
from ..types.enums import MembershipStatus
from ..types.membership import MembershipType, Related

UserOrderField = strawberry.enum(user_directory.OrderField, name="UserOrderField")


@strawberry.enum
class OrderDirection(Enum):
    ASC = "ASC"
    DESC = "DESC"


@strawberry.input(description="Sort of the users table; ties are broken by membership id.")
class UserOrder:
    field: UserOrderField = user_directory.OrderField.NAME  # type: ignore[valid-type,assignment]
    direction: OrderDirection = OrderDirection.ASC


@strawberry.type
class UserQueries:
    @strawberry.field(description="Members of an account: search on name and e-mail, role and status filters.")
    async def users(
        self,
        info: Info,
        account_id: strawberry.ID,
        search: str | None = None,
        role_id: strawberry.ID | None = None,
        status: MembershipStatus | None = None,
        order_by: UserOrder | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[MembershipType]:
        account = decode_typed(account_id, "Account")
        await authorize(info, account, Capability.USERS, Level.VIEW)
        size = page_size(first)
        if search is not None and len(search) > 200:
            raise BadUserInput("`search` has at most 200 characters.")
        role = None
        if role_id is not None:
            role = decode_optional(role_id, "Role")
            if role is None:
                raise BadUserInput("`roleId` is not a role id.")
        order = order_by or UserOrder()
        try:
            page = await user_directory.page(
                user_directory.DirectoryFilter(
                    account_id=account,
                    search=search,
                    role_id=role,
                    status=user_directory.StatusFilter(status.value) if status else None,
                ),
                user_directory.DirectoryOrder(
                    field=user_directory.OrderField(order.field),
                    descending=order.direction == OrderDirection.DESC,
                ),
                first=size,
                after=after,
            )
        except InvalidCursor as exc:
            raise BadUserInput(str(exc)) from exc
        nodes = [
            MembershipType.from_model(m, Related(
                user=page.users.get(m.user_id), role=page.roles.get(m.role_id), account=page.account,  # type: ignore[attr-defined]
            ))
            for m in page.memberships
        ]
        return build_connection(
            nodes,
            page.cursors,
            has_next=page.has_next,
            has_previous=after is not None,
            total=page.total,
        )
