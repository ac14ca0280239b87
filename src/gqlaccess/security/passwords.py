"""argon2id hashing, always off the event loop (a verify costs ~24 ms with OWASP parameters)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from ..config import Argon2Params

# Each hash in flight holds memory_cost (19 MiB) and a thread's malloc arena keeps it afterwards.
# On asyncio's default executor (up to 32 threads) a login flood grew the API's RSS by ~17% in a
# 2-minute soak (bench/soak.py); two dedicated threads bound it and keep hashing from starving
# other to_thread work. Callers queue instead (hashing is CPU-bound: more threads than cores
# would not make it faster).
_EXECUTOR = ThreadPoolExecutor(max_workers=2, thread_name_prefix="argon2")


@lru_cache(maxsize=4)
def _hasher(params: Argon2Params) -> PasswordHasher:
    return PasswordHasher(
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        type=Type.ID,
    )


@lru_cache(maxsize=4)
def _dummy_hash(params: Argon2Params) -> str:
    return _hasher(params).hash("not-a-real-password-used-for-timing-only")


async def hash_password(password: str, params: Argon2Params) -> str:
    return await asyncio.get_running_loop().run_in_executor(_EXECUTOR, _hasher(params).hash, password)


def _verify(stored_hash: str | None, password: str, params: Argon2Params) -> bool:
    # Unknown users are checked against a dummy hash so both paths cost the same.
    target = stored_hash or _dummy_hash(params)
    try:
        ok = _hasher(params).verify(target, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    return ok and stored_hash is not None


async def verify_password(stored_hash: str | None, password: str, params: Argon2Params) -> bool:
    return await asyncio.get_running_loop().run_in_executor(_EXECUTOR, _verify, stored_hash, password, params)


def warm_up(params: Argon2Params) -> None:
    _dummy_hash(params)
