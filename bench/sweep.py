"""Sweep of 1,000,000 invitations (half overdue) on PostgreSQL: time and the worker's peak memory.

    PYTHONPATH=src:. python bench/sweep.py [--rows 1000000] [--batch 20000]
    ... bench/sweep.py --quick --json   # 200,000 invitations; bench/run.py's row

Creates a throw-away database, fills it set-based (generate_series), then runs the sweep in a
fresh process, as a worker would (`sweeps.expire_overdue_invitations`), and reports its wall
time and peak RSS (ru_maxrss), then a second, idempotent pass. Drops the database at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
PG = os.environ.get("GQLACCESS_BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")

SWEEPER = r"""
import asyncio, json, resource, sys, time
from gqlaccess.config import Settings
from gqlaccess.db import close_db, init_db
from gqlaccess.services import sweeps
from gqlaccess.services.core.clock import utcnow

async def main(url, batch):
    await init_db(Settings(database_url=url, secret_key="x" * 40))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = []
    for _ in range(2):
        t = time.perf_counter()
        result = await sweeps.expire_overdue_invitations(utcnow(), batch)
        out.append({"seconds": round(time.perf_counter() - t, 2), "changed": result.changed, "batches": result.batches})
    await close_db()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"runs": out, "rss_before_mb": round(before / 1024, 1), "peak_rss_mb": round(peak / 1024, 1)}))

asyncio.run(main(sys.argv[1], int(sys.argv[2])))
"""


async def fill(url: str, rows: int) -> float:
    from gqlaccess.config import Settings
    from gqlaccess.db import migrate

    await migrate(Settings(database_url=url, secret_key="x" * 40))
    conn = await asyncpg.connect(url)
    started = time.perf_counter()
    await conn.execute(
        """
        INSERT INTO invitation (id, created_at, kind, token_hash, status, email, expires_at, delivery_status)
        SELECT gen_random_uuid(), now(), 'USER_ACTIVATION', md5(i::text) || md5((-i)::text), 'PENDING',
               'u' || i || '@example.com',
               CASE WHEN i % 2 = 0 THEN now() - interval '1 hour' ELSE now() + interval '1 day' END, 'NOT_SENT'
        FROM generate_series(1, $1) AS i
        """,
        rows,
    )
    await conn.execute("ANALYZE invitation")
    await conn.close()
    return time.perf_counter() - started


async def run(rows: int, batch: int) -> dict[str, float]:
    database = f"gqlaccess_bench_sweep_{secrets.token_hex(4)}"
    admin = await asyncpg.connect(PG)
    await admin.execute(f'CREATE DATABASE "{database}"')
    await admin.close()
    url = PG.rsplit("/", 1)[0] + "/" + database
    try:
        filled = await fill(url, rows)
        print(f"filled {rows} invitations in {filled:.1f}s", flush=True)
        env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}"}
        result = subprocess.run([sys.executable, "-c", SWEEPER, url, str(batch)], env=env,  # noqa: ASYNC221
                                capture_output=True, text=True, timeout=900)
        if result.returncode != 0:
            raise SystemExit(result.stderr)
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        first, second = figures["runs"]
        print(f"sweep batch={batch}: {first['changed']} expired in {first['seconds']}s ({first['batches']} batches); "
              f"second pass {second['changed']} changed in {second['seconds']}s; worker RSS "
              f"{figures['rss_before_mb']} MB before, peak {figures['peak_rss_mb']} MB")
        # Calibration on the same data and machine state: the same change as one big UPDATE.
        conn = await asyncpg.connect(url)
        await conn.execute("UPDATE invitation SET status = 'PENDING' WHERE status = 'EXPIRED'")
        await conn.execute("VACUUM ANALYZE invitation")
        started = time.perf_counter()
        changed = await conn.execute(
            "UPDATE invitation SET status = 'EXPIRED' WHERE status = 'PENDING' AND expires_at <= now()"
        )
        calibration = time.perf_counter() - started
        print(f"calibration: one set-based UPDATE ({changed}) in {calibration:.2f}s")
        await conn.close()
        return {
            "rows": rows, "batch": batch, "expired": first["changed"], "sweep_s": first["seconds"],
            "batches": first["batches"], "sweep_rows_per_s": round(first["changed"] / first["seconds"]),
            "second_pass_s": second["seconds"], "update_s": round(calibration, 2),
            "update_rows_per_s": round(int(changed.split()[-1]) / calibration),
            "rss_before_mb": figures["rss_before_mb"], "peak_rss_mb": figures["peak_rss_mb"],
        }
    finally:
        admin = await asyncpg.connect(PG)
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        await admin.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=20_000)
    parser.add_argument("--quick", action="store_true", help="200,000 invitations (about 10 s)")
    parser.add_argument("--json", action="store_true", help="end with one `BENCH_JSON {...}` line (bench/run.py)")
    args = parser.parse_args()
    result = asyncio.run(run(200_000 if args.quick else args.rows, args.batch))
    if args.json:
        print("BENCH_JSON " + json.dumps({"sweep": result}), flush=True)


if __name__ == "__main__":
    main()
