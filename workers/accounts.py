"""Deleting a large account in the background (see services.account_deletion)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from gqlaccess.services.account_deletion import run_deletion


async def delete_account(ctx: dict[str, Any], deletion_id: str) -> str:
    return await run_deletion(ctx["deps"], UUID(deletion_id))
