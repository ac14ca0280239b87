"""Webhooks: Admins register endpoints that receive the account's events, signed."""

import strawberry

from .create_webhook import create_webhook
from .delete_webhook import delete_webhook
from .redeliver_webhook import redeliver_webhook
from .rotate_webhook_secret import rotate_webhook_secret
from .update_webhook import update_webhook


@strawberry.type
class WebhookMutations:
    create_webhook = strawberry.mutation(resolver=create_webhook)
    update_webhook = strawberry.mutation(resolver=update_webhook)
    delete_webhook = strawberry.mutation(resolver=delete_webhook)
    rotate_webhook_secret = strawberry.mutation(resolver=rotate_webhook_secret)
    redeliver_webhook = strawberry.mutation(resolver=redeliver_webhook)
