"""Clients (seeds 000, 002): lifecycle, resources, invitations, client users, view as client."""

import strawberry

from .add_client_user import add_client_user
from .assign_resource import assign_resource
from .create_client import create_client
from .deactivate_client_user import deactivate_client_user
from .delete_client import delete_client
from .generate_client_setup_url import generate_client_setup_url
from .impersonate_client import impersonate_client
from .preview_client_invitation import preview_client_invitation
from .reactivate_client import reactivate_client
from .reactivate_client_user import reactivate_client_user
from .resend_client_user_invitation import resend_client_user_invitation
from .send_client_invitation import send_client_invitation
from .suspend_client import suspend_client
from .unassign_resource import unassign_resource
from .update_client import update_client
from .update_client_user import update_client_user


@strawberry.type
class ClientMutations:
    create_client = strawberry.mutation(resolver=create_client)
    update_client = strawberry.mutation(resolver=update_client)
    delete_client = strawberry.mutation(resolver=delete_client)
    suspend_client = strawberry.mutation(resolver=suspend_client)
    reactivate_client = strawberry.mutation(resolver=reactivate_client)
    assign_resource = strawberry.mutation(resolver=assign_resource)
    unassign_resource = strawberry.mutation(resolver=unassign_resource)
    generate_client_setup_url = strawberry.mutation(resolver=generate_client_setup_url)
    preview_client_invitation = strawberry.mutation(resolver=preview_client_invitation)
    send_client_invitation = strawberry.mutation(resolver=send_client_invitation)
    impersonate_client = strawberry.mutation(resolver=impersonate_client)
    add_client_user = strawberry.mutation(resolver=add_client_user)
    update_client_user = strawberry.mutation(resolver=update_client_user)
    deactivate_client_user = strawberry.mutation(resolver=deactivate_client_user)
    reactivate_client_user = strawberry.mutation(resolver=reactivate_client_user)
    resend_client_user_invitation = strawberry.mutation(resolver=resend_client_user_invitation)
