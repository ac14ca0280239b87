"""Periodic sweeps (arq cron): expire overdue invitations, purge old sessions.

arq gives each cron tick a unique job id, so one worker runs a given tick; should two overlap
anyway (a slow sweep, clocks apart), the set-based statements only repeat work.
"""

from __future__ import annotations

import time
from typing import Any

import structlog

from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.maintenance import sweeps

from .context import settings_of

log = structlog.get_logger(__name__)


async def sweep_expired(ctx: dict[str, Any]) -> dict[str, int]:
    settings = settings_of(ctx)
    started = time.perf_counter()
    now = utcnow()
    invitations = await sweeps.expire_overdue_invitations(now, settings.sweep_batch_size)
    sessions = await sweeps.purge_sessions(now, settings.session_purge_grace, settings.sweep_batch_size)
    outcome = {"invitations_expired": invitations.changed, "sessions_purged": sessions.changed}
    log.info("sweep_done", seconds=round(time.perf_counter() - started, 3), **outcome)
    return outcome
