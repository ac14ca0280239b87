"""When a global identity may be attached to another account or client as it stands.

An identity is *established* once it is activated and its mailbox is proven
(`User.email_verified_at`). The mailbox is proven by accepting a link that travelled only by
e-mail (`proves_mailbox`), by a password reset (its link is only ever mailed), or by a platform
operator who creates the identity (CLI `create-account`, `createAccount`, CLI
`import-legacy-roles`: the operator vouches for the address). A link handed back to its creator
(no SMTP, `generateClientSetupUrl`) proves nothing: whoever held it chose the password.

createUser, bulkCreateUsers, createClient, addClientUser, updateClientUser, createAccount and the
legacy import add a membership or client login to an existing identity only when it is
established; otherwise they refuse with the generic USER_CANNOT_BE_CREATED, as for a pending
identity. The owner of the mailbox proves it with a password reset (which also ends every session
of whoever chose the password before), after which they can be added.
"""

from __future__ import annotations

from datetime import datetime

from ...models import Invitation, User
from ...models.enums import DeliveryStatus

# QUEUED or SENT: the link went into an e-mail and was never returned through the API
# (returned_link() hands links back only without SMTP, and those stay NOT_SENT).
_MAILED = frozenset({DeliveryStatus.QUEUED, DeliveryStatus.SENT})


def is_established(user: User) -> bool:
    return user.activated_at is not None and user.email_verified_at is not None


def proves_mailbox(invitation: Invitation) -> bool:
    return DeliveryStatus(invitation.delivery_status) in _MAILED


def mark_mailbox_proven(user: User, now: datetime) -> None:
    """Sets `email_verified_at` on the instance (the caller saves it)."""
    if user.email_verified_at is None:
        user.email_verified_at = now
