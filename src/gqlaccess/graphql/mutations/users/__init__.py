"""Users and memberships of an account (seed 003, flows 1-4 and 10)."""

import strawberry

from ...permissions import Requires, Who
from .bulk_create_users import bulk_create_users
from .bulk_update_memberships import bulk_update_memberships
from .create_user import create_user
from .membership_consent import accept_membership, decline_membership
from .membership_status import deactivate_membership, reactivate_membership
from .remove_users import remove_users
from .resend_invitation import resend_invitation
from .reset_user_two_factor import reset_user_two_factor
from .transfer_account_ownership import transfer_account_ownership
from .update_membership import update_membership


@strawberry.type
class UserMutations:
    create_user = strawberry.mutation(resolver=create_user)
    bulk_create_users = strawberry.mutation(resolver=bulk_create_users)
    update_membership = strawberry.mutation(resolver=update_membership)
    bulk_update_memberships = strawberry.mutation(resolver=bulk_update_memberships)
    deactivate_membership = strawberry.mutation(resolver=deactivate_membership)
    reactivate_membership = strawberry.mutation(resolver=reactivate_membership)
    remove_users = strawberry.mutation(resolver=remove_users)
    resend_invitation = strawberry.mutation(resolver=resend_invitation)
    reset_user_two_factor = strawberry.mutation(resolver=reset_user_two_factor)
    transfer_account_ownership = strawberry.mutation(resolver=transfer_account_ownership)
    accept_membership = strawberry.mutation(resolver=accept_membership, extensions=[Requires(Who.SESSION)])
    decline_membership = strawberry.mutation(resolver=decline_membership, extensions=[Requires(Who.SESSION)])
