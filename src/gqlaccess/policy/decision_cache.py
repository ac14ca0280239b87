"""The in-process cache of resolved access (and bearer sessions), invalidated by versions.

Every cached value depends on a few version keys (`account:<id>`, `user:<id>`, `global`; see
`models.AccessVersion`). A change that can alter a decision bumps its keys in its own transaction
and announces the new versions: to this process at once, to every other one over Redis pub/sub
(`services.core.access_changes`). An entry is served only while each of its versions is at least
the highest announced for that key.

Why this is safe against the usual races:
- A fill reads the versions in the same statement as the data it caches (or before it), so an
  entry is never tagged newer than the data it holds.
- The announcement goes out when the version is bumped, *before* the change commits. A fill made
  in between reads the old version, older than the announced one, and is not stored; the first
  fill after the commit reads the new version and is.
- Fills inside a transaction are never stored (they may see uncommitted data).
- Without a live subscription (Redis down, reconnecting, or a process that never subscribed:
  a stand-alone worker, the CLI) the cache is off: other processes' changes could not reach it.
  Each (re)subscription starts from an empty cache.
- A transaction rolled back after its bump leaves the key announced higher than the database
  holds: that key is not cached until its next change commits (a cost, never a stale answer).
A TTL bounds the life of an entry whatever happens (GQLACCESS_DECISION_CACHE_TTL_SECONDS).
"""

from __future__ import annotations

import time
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GLOBAL_KEY = "global"


def account_key(account_id: object) -> str:
    return f"account:{account_id}"


def user_key(user_id: object) -> str:
    return f"user:{user_id}"


Versions = tuple[tuple[str, int], ...]


@dataclass(slots=True)
class _Entry:
    value: Any
    versions: Versions
    expires: float


class _Miss:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISS"


MISS: Any = _Miss()


class DecisionCache:
    def __init__(self, *, ttl_seconds: float = 60.0, max_entries: int = 200_000) -> None:
        self.ttl_seconds = ttl_seconds
        self.max_entries = max_entries
        self.wanted = True  # the setting (GQLACCESS_DECISION_CACHE); tests switch it
        self._listeners = 0  # live broadcast subscriptions in this process (one per runtime)
        self._entries: dict[Hashable, _Entry] = {}
        self._announced: dict[str, int] = {}
        self.hits = 0
        self.misses = 0
        self.stale = 0

    @property
    def subscribed(self) -> bool:
        return self._listeners > 0

    @property
    def enabled(self) -> bool:
        return self.wanted and self._listeners > 0

    def get(self, key: Hashable) -> Any:
        if not (self.wanted and self._listeners > 0):
            return MISS
        entry = self._entries.get(key)
        if entry is None:
            self.misses += 1
            return MISS
        announced = self._announced
        if entry.expires < time.monotonic() or any(announced.get(k, 0) > v for k, v in entry.versions):
            del self._entries[key]
            self.stale += 1
            return MISS
        self.hits += 1
        return entry.value

    def put(self, key: Hashable, value: Any, versions: Versions) -> None:
        if not (self.wanted and self._listeners > 0):
            return
        announced = self._announced
        if any(announced.get(k, 0) > v for k, v in versions):
            return  # a change is under way (or rolled back): not cacheable until it commits
        if len(self._entries) >= self.max_entries:
            self._entries.clear()
        self._entries[key] = _Entry(value, versions, time.monotonic() + self.ttl_seconds)

    def announce(self, versions: Mapping[str, int] | Iterable[tuple[str, int]]) -> None:
        """New versions of some keys (bumped here or announced by another process)."""
        items = versions.items() if isinstance(versions, Mapping) else versions
        # Never forgotten: dropping an announcement while its change is uncommitted would let a
        # stale fill in. One integer per key ever changed in this process's lifetime.
        announced = self._announced
        for key, version in items:
            if version > announced.get(key, 0):
                announced[key] = version

    def clear(self) -> None:
        self._entries.clear()

    def subscription_started(self) -> None:
        """A (re)subscription starts empty: announcements may have been missed meanwhile."""
        self._entries.clear()
        self._listeners += 1

    def subscription_ended(self) -> None:
        self._entries.clear()
        self._listeners = max(0, self._listeners - 1)

    def __len__(self) -> int:
        return len(self._entries)


CACHE = DecisionCache()


def encode_versions(versions: Mapping[str, int]) -> str:
    return ";".join(f"{k}={v}" for k, v in versions.items())


def decode_versions(text: str) -> list[tuple[str, int]]:
    out = []
    for part in text.split(";"):
        key, _, version = part.rpartition("=")
        if key and version.isdigit():
            out.append((key, int(version)))
    return out
