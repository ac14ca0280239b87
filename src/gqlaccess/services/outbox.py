"""The transactional outbox: e-mails owed, recorded with the change that causes them."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import orjson

from ..config import Settings
from ..models import OutboxEmail
from ..security import crypto

PAYLOAD_PURPOSE = "outbox-payload"


async def record_email(
    settings: Settings,
    *,
    template: str,
    to_email: str,
    language: str,
    variables: dict[str, Any],
    invitation_id: UUID | None = None,
    account_id: UUID | None = None,
) -> OutboxEmail:
    """Call inside the transaction of the change; enqueue the returned id after commit."""
    payload = crypto.encrypt(settings.secret_key, PAYLOAD_PURPOSE, orjson.dumps(variables).decode())
    return await OutboxEmail.create(
        template=template,
        to_email=to_email,
        language=language,
        payload_encrypted=payload,
        invitation_id=invitation_id,
        account_id=account_id,
    )


def read_variables(settings: Settings, email: OutboxEmail) -> dict[str, Any]:
    return orjson.loads(crypto.decrypt(settings.secret_key, PAYLOAD_PURPOSE, email.payload_encrypted))
