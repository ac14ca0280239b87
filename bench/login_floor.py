"""The login floor: raw argon2id verifies per second on the service's own hashing threads.

    PYTHONPATH=src:. python bench/login_floor.py [--seconds 6] [--concurrency 20] [--json]

The same `security.passwords.verify_password` (two dedicated threads, the production parameters
from GQLACCESS_ARGON2_*), `concurrency` callers at once, nothing else: what a login storm could
reach if everything but hashing were free. bench/run.py prints it as
`login floor: raw argon2id, same threads` beside the storm's logins/s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from gqlaccess.config import load_settings  # noqa: E402
from gqlaccess.security.passwords import hash_password, verify_password  # noqa: E402


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    params = load_settings().argon2
    stored = await hash_password("Correct-Horse-Battery-9", params)
    done = 0
    deadline = time.perf_counter() + args.seconds

    async def caller() -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            assert await verify_password(stored, "Correct-Horse-Battery-9", params)
            done += 1

    started = time.perf_counter()
    await asyncio.gather(*(caller() for _ in range(args.concurrency)))
    rate = done / (time.perf_counter() - started)
    if args.json:
        print("BENCH_JSON " + json.dumps({"login_floor": {"verifies_per_s": rate, "verifies": done}}))
    else:
        print(f"raw argon2id verifies on the service's threads: {rate:.1f}/s ({done} in {args.seconds:g} s)")


if __name__ == "__main__":
    asyncio.run(main())
