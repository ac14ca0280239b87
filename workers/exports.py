"""Export jobs: `run_export` does the work; two crons keep jobs and files honest."""

from __future__ import annotations

import uuid
from typing import Any

from gqlaccess.services.exports import export_runner, exports

from .context import deps_of


async def run_export(ctx: dict[str, Any], job_id: str) -> str:
    return await export_runner.run_export(deps_of(ctx), uuid.UUID(job_id))


async def reap_exports(ctx: dict[str, Any]) -> dict[str, int]:
    """RUNNING jobs whose worker stopped beating: retried, then FAILED (never RUNNING forever)."""
    return await exports.reap_stale_jobs(deps_of(ctx))


async def purge_export_files(ctx: dict[str, Any]) -> dict[str, int]:
    """Export files past retention, and files left by deleted accounts or crashed attempts."""
    return await exports.purge_expired_files(deps_of(ctx))
