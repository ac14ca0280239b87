"""Deleting a large account in the background (see services.account_deletion)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from gqlaccess.services.accounts.account_deletion import run_deletion

from .context import deps_of


async def delete_account(ctx: dict[str, Any], deletion_id: str) -> str:
    return await run_deletion(deps_of(ctx), UUID(deletion_id))
