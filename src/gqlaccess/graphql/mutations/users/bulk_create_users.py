from __future__ import annotations

import strawberry

from ....policy.capabilities import Capability, Level
from ....services.members import users
from ...context import Info
from ...errors import UserError
from ...guards import authorize
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.invitation import InvitationType
from ...types.membership import MembershipType
from ._shared import AppAccessInput, GeoScopeInput, MediaSourceScopeInput, access_change
from .create_user import invitation_out


@strawberry.input
class BulkCreateUserItem:
    email: str
    name: str
    role_id: strawberry.ID
    department: str | None = None
    notification_email: str | None = None
    apps: AppAccessInput | None = None
    media_sources: MediaSourceScopeInput | None = None
    geos: GeoScopeInput | None = None
    send_invitation: bool = True


@strawberry.input
class BulkCreateUsersInput:
    account_id: strawberry.ID
    items: list[BulkCreateUserItem] = strawberry.field(description="At most 1,000 users per call.")


@strawberry.type
class BulkCreateUserResult:
    index: int
    email: str
    membership: MembershipType | None = None
    invitation: InvitationType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class BulkCreateUsersPayload(Payload):
    results: list[BulkCreateUserResult] = strawberry.field(default_factory=list)
    created_count: int = 0


async def bulk_create_users(info: Info, input: BulkCreateUsersInput) -> BulkCreateUsersPayload:
    """Many users at once, with the same rules as createUser: valid items are created, the others
    report their own errors. Mail goes through the outbox after commit, never inline."""

    async def body(scope: MutationScope) -> BulkCreateUsersPayload:
        account_id = decode_typed(input.account_id, "Account")
        access = await authorize(info, account_id, Capability.USERS, Level.MANAGE)
        items = [
            users.NewUser(
                email=item.email, name=item.name, department=item.department,
                notification_email=item.notification_email,
                access=access_change(item.role_id, item.apps, item.media_sources, item.geos),
                send_invitation=item.send_invitation,
            )
            for item in input.items
        ]
        results = await users.bulk_create_users(
            info.context.deps, access, account_id, items, actor_user_id=info.context.principal.user_id,
            principal=info.context.principal,
        )
        created = [r for r in results if r.created is not None and not r.errors]
        scope.target("Account", account_id)
        scope.details.update(requested=len(items), created=len(created))
        return BulkCreateUsersPayload(
            results=[
                BulkCreateUserResult(
                    index=r.index,
                    email=r.email,
                    membership=MembershipType.from_model(r.created.membership) if r.created and not r.errors else None,
                    invitation=invitation_out(info, r.created) if not r.errors else None,
                    errors=[UserError.from_domain(e) for e in r.errors],
                )
                for r in results
            ],
            created_count=len(created),
        )

    return await run_mutation(info, "user.bulk_create", BulkCreateUsersPayload, body)
