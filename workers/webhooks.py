"""Delivering webhooks: one attempt per job, retries deferred, lanes (endpoint, subject) in order."""

from __future__ import annotations

from typing import Any

from gqlaccess.services.webhooks import webhook_delivery

from .context import deps_of


async def deliver_webhook(ctx: dict[str, Any], delivery_id: int) -> str:
    """Idempotent: a duplicate job finds the delivery done, leased or not yet due."""
    deps = deps_of(ctx)
    outcome, delivery = await webhook_delivery.attempt_delivery(deps, delivery_id)
    if delivery is None:
        return outcome
    if outcome == "retry":
        await deps.queue.enqueue("deliver_webhook", delivery_id, _defer_until=delivery.next_attempt_at)
    elif outcome in ("delivered", "failed"):
        following = await webhook_delivery.next_in_lane(delivery)
        if following is not None:
            await deps.queue.enqueue("deliver_webhook", following)
    return outcome


async def sweep_webhook_deliveries(ctx: dict[str, Any]) -> int:
    """The outbox safety net: enqueue every due delivery first in its lane (lost job, Redis down)."""
    deps = deps_of(ctx)
    due = await webhook_delivery.due_lane_heads(deps.now())
    for delivery_id in due:
        await deps.queue.enqueue("deliver_webhook", delivery_id)
    return len(due)


async def purge_webhook_history(ctx: dict[str, Any]) -> int:
    """Daily: delivery history is kept 30 days (pending deliveries are never purged)."""
    return await webhook_delivery.purge_history(deps_of(ctx).now())
