"""`access_changed`: the one call to make in the transaction of any change that can alter an
access decision (a membership, role, scope, resource, hosting, API token, security policy,
session, 2FA or operator flag).

    async with in_transaction():
        ...                                            # the change itself
        await access_changes.access_changed(accounts=[account_id], users=[user_id])

It bumps the version of each key (`account:<id>`, `user:<id>`; `everything=True` bumps the one
every cached decision depends on) in the current transaction, then announces the new versions to
this process's decision cache and, over Redis pub/sub, to every other process
(policy/decision_cache.py says why this order is safe). Which key to bump:
- `accounts`: anything inside an account: its memberships (status, role, scope, owner), its roles,
  resources, API tokens, security policy, status or hosting; for a host, also what its members
  reach in the accounts it manages.
- `users`: anything about a person that every account sees: sessions (revocation), 2FA, the
  platform-operator flag, deletion.
- `everything`: predefined roles, or session expiries changed in bulk.
If the announcement cannot be published (Redis down), this raises and the change is rolled back:
a change other processes would not hear of is not made.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Iterable
from functools import cache
from typing import Any

import structlog
from tortoise import connections
from tortoise.backends.base.client import TransactionalDBClient

from ...models import AccessVersion, raw
from ...policy.decision_cache import (
    CACHE,
    GLOBAL_KEY,
    account_key,
    decode_versions,
    encode_versions,
    user_key,
)

log = structlog.get_logger(__name__)

_CHUNK = 500


# Where this process announces: (Redis client, channel) per running app, worker or CLI command
# (one in production; tests run a second app beside the first).
_broadcasts: list[tuple[Any, str]] = []


def channel_for(redis_prefix: str) -> str:
    return f"{redis_prefix}:access-versions"


def configure_broadcast(redis: Any, redis_prefix: str) -> tuple[Any, str]:
    """Announce on this Redis too, until `remove_broadcast` with what this returns."""
    target = (redis, channel_for(redis_prefix))
    _broadcasts.append(target)
    return target


def remove_broadcast(target: tuple[Any, str] | None) -> None:
    if target in _broadcasts:
        _broadcasts.remove(target)


async def access_changed(
    *, accounts: Iterable[uuid.UUID | None] = (), users: Iterable[uuid.UUID | None] = (), everything: bool = False
) -> dict[str, int]:
    """Bump and announce; returns the new versions (call it inside the change's transaction)."""
    keys = sorted(
        {account_key(a) for a in accounts if a is not None}
        | {user_key(u) for u in users if u is not None}
        | ({GLOBAL_KEY} if everything else set())
    )  # sorted: concurrent changes lock the version rows in one order
    versions: dict[str, int] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        for row in await raw.select(_bump_sql(len(chunk)), chunk):
            versions[row["key"]] = int(row["version"])
    if not versions:
        return versions
    await _announce(versions)
    _announce_again_after_commit(versions)
    return versions


async def _announce(versions: dict[str, int]) -> None:
    CACHE.announce(versions)
    message = encode_versions(versions)
    for redis, channel in dict.fromkeys(_broadcasts):  # an app and its in-process worker share one
        await redis.publish(channel, message)


def _announce_again_after_commit(versions: dict[str, int]) -> None:
    """Announced once more when the transaction commits: a process that subscribed while the
    change was under way (and missed the first announcement) may have cached the older data."""
    client = connections.get("default")
    if not isinstance(client, TransactionalDBClient):
        return
    pending: dict[str, int] | None = getattr(client, _PENDING, None)
    if pending is not None:
        for key, version in versions.items():
            pending[key] = max(version, pending.get(key, 0))
        return
    pending = dict(versions)
    setattr(client, _PENDING, pending)
    commit = client.commit

    async def commit_then_announce() -> None:
        await commit()
        try:
            await _announce(pending)
        except Exception as exc:
            log.error("access_versions_announce_failed", error=repr(exc), keys=len(pending))

    client.commit = commit_then_announce  # type: ignore[method-assign]


_PENDING = "_gqlaccess_access_versions"


@cache
def _bump_sql(count: int) -> str:
    table = AccessVersion._meta.db_table
    values = ", ".join(f"(${i}, 1)" for i in range(1, count + 1))
    return (
        f'INSERT INTO "{table}" ("key", "version") VALUES {values} '
        f'ON CONFLICT ("key") DO UPDATE SET "version" = "{table}"."version" + 1 RETURNING "key", "version"'
    )


async def listen(redis: Any, redis_prefix: str, *, retry_seconds: float = 0.5) -> None:
    """Applies other processes' announcements to this process's cache, for as long as it runs.

    The cache is on only while subscribed; every (re)subscription starts it empty."""
    channel = channel_for(redis_prefix)
    while True:
        pubsub = redis.pubsub()
        subscribed = False
        try:
            await pubsub.subscribe(channel)
            while True:
                message = await pubsub.get_message(timeout=30.0)
                if message is None:
                    continue
                if message.get("type") == "subscribe":
                    # On only once Redis confirms: from here on no announcement can be missed.
                    CACHE.subscription_started()
                    subscribed = True
                    continue
                if message.get("type") != "message":
                    continue
                data = message.get("data")
                text = data.decode() if isinstance(data, bytes) else str(data)
                CACHE.announce(decode_versions(text))
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("decision_cache_unsubscribed", error=repr(exc))
        finally:
            if subscribed:
                CACHE.subscription_ended()
            with contextlib.suppress(Exception):
                await pubsub.aclose()
        await asyncio.sleep(retry_seconds)
