"""Verified domains, re-checked (arq cron, hourly).

A domain whose TXT record disappeared becomes unverified: SSO routing, auto-join and
require-SSO for its people stop with it (services/sso/domains.py). Idempotent: a tick that runs
twice looks the same records up twice and changes nothing more.
"""

from __future__ import annotations

from typing import Any

import structlog

from gqlaccess.services.sso import domains

from .context import deps_of

log = structlog.get_logger(__name__)


async def recheck_account_domains(ctx: dict[str, Any]) -> dict[str, int]:
    report = await domains.recheck_verified(deps_of(ctx))
    outcome = {"checked": report.checked, "unverified": report.unverified, "dns_unavailable": report.unavailable}
    log.info("domain_recheck_done", **outcome)
    return outcome
