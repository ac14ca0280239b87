"""Clients export on PostgreSQL: our run_export against PostgreSQL's own COPY (the floor).

    PYTHONPATH=src:. /work/venv/bin/python bench/export_clients.py [--small 100000] [--big 1000000]
    ... bench/export_clients.py --quick --json   # one account of 200,000 clients; bench/run.py's row

Creates its own database (gqlaccess_bench_<random>, dropped at the end unless --keep), seeds two
accounts (`small` and `big` clients, 1 in 5 with one or two assigned sites) with generate_series,
then for each account:
- floor: one `COPY (the export's SELECT, unbatched) TO STDOUT WITH (FORMAT csv)` through asyncpg,
  into a byte counter (the same CSV body the export writes); best of two runs with JIT on (the
  server default) and two with JIT off (as the export runs); the floor is the faster of the two;
- export: `run_export` in a fresh worker process (keyset batches of COPY, zip on disk, progress,
  heartbeat, outbox e-mail), wall time and the process's peak RSS (ru_maxrss);
- rows/s for both and the ratio export / floor.
With `--s3` the export also runs into S3-compatible object storage (a moto_server started on
loopback, as the tests do): the same job streamed as a multipart upload, its ratio to the floor
and its peak RSS on a second line per account.
Figures on a shared 2-core machine: read them as ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import resource
import secrets
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg

ADMIN_URL = os.environ.get("GQLACCESS_BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def _db_url(database: str) -> str:
    base, _, _ = ADMIN_URL.rpartition("/")
    return f"{base}/{database}"


def _settings(database: str, data_dir: str):  # type: ignore[no-untyped-def]
    from gqlaccess.config import Settings

    return Settings(environment="test", data_dir=Path(data_dir), database_url=_db_url(database),
                    secret_key="bench-secret-" + "x" * 32, redis_url="redis://127.0.0.1:6379/15",
                    export_storage=os.environ.get("GQLACCESS_EXPORT_STORAGE"),
                    s3_endpoint_url=os.environ.get("GQLACCESS_S3_ENDPOINT_URL"))


SEED = """
WITH owner AS (
  INSERT INTO "user" (id, created_at, email, name, is_platform_operator, updated_at)
  VALUES ($1, now(), $3, 'Bench owner', false, now()) RETURNING id
)
INSERT INTO account (id, created_at, name, status, language, managed, owner_id, updated_at)
SELECT $2, now(), $4, 'ACTIVE', 'en', false, id, now() FROM owner;
"""
CLIENTS = """
INSERT INTO client (id, created_at, display_name, first_name, last_name, email, company, phone1, phone2, notes,
                    permissions, status, updated_at, account_id)
SELECT gen_random_uuid(), now(), 'Client ' || g, 'First' || g, 'Last "' || g || '"',
       'client-' || lpad(g::text, 8, '0') || '@example.com',
       CASE WHEN g % 3 = 0 THEN 'Company, ' || g END,
       CASE WHEN g % 2 = 0 THEN '+33 1 ' || g END, NULL,
       CASE WHEN g % 10 = 0 THEN E'note line 1\\nline 2 =SUM(A1)' END,
       '[]'::jsonb, CASE WHEN g % 5 = 0 THEN 'SITE_ASSIGNED' ELSE 'POTENTIAL' END, now(), $1
FROM generate_series(1, $2) AS g;
"""
SITES = """
INSERT INTO resource (id, created_at, kind, name, url, account_id)
SELECT gen_random_uuid(), now(), 'SITE', 'site-' || g, NULL, $1 FROM generate_series(1, 50) AS g;
"""
ASSIGN = """
INSERT INTO client_resource (id, created_at, permissions, client_id, resource_id)
SELECT gen_random_uuid(), now(), '[]'::jsonb, c.id, r.id
FROM client c
JOIN LATERAL (SELECT id FROM resource WHERE account_id = $1 ORDER BY id
              LIMIT CASE WHEN c.first_name LIKE '%0' THEN 2 ELSE 1 END) r ON true
WHERE c.account_id = $1 AND c.status = 'SITE_ASSIGNED';
"""


async def seed(database: str, data_dir: str, sizes: dict[str, int]) -> dict[str, str]:
    from gqlaccess.db import migrate

    admin = await asyncpg.connect(ADMIN_URL)
    await admin.execute(f'CREATE DATABASE "{database}"')
    await admin.close()
    await migrate(_settings(database, data_dir))
    conn = await asyncpg.connect(_db_url(database))
    accounts = {}
    try:
        for label, n in sizes.items():
            account_id = uuid.uuid4()
            started = time.perf_counter()
            await conn.execute(SEED, uuid.uuid4(), account_id, f"owner-{label}-{database}@example.com", f"Bench {label}")
            await conn.execute(CLIENTS, account_id, n)
            await conn.execute(SITES, account_id)
            await conn.execute(ASSIGN, account_id)
            print(f"seeded {label}: {n:,} clients in {time.perf_counter() - started:.1f}s", flush=True)
            accounts[label] = str(account_id)
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()
    return accounts


async def copy_floor(database: str, data_dir: str, account_id: str) -> dict[str, float]:
    from gqlaccess.models.enums import ExportKind
    from gqlaccess.services.exports.export_sources import ExportSource, _Params

    source = ExportSource(ExportKind.CLIENTS, uuid.UUID(account_id), {}, "postgres")
    p = _Params("postgres")
    select = source.clients_copy_select(p)
    size = 0

    async def sink(chunk: bytes) -> None:
        nonlocal size
        size += len(chunk)

    conn = await asyncpg.connect(_db_url(database))
    timings: dict[str, float] = {}
    try:
        # Best of two (warm cache), with the server's defaults and with JIT off as the export runs.
        for jit in ("on", "off"):
            await conn.execute(f"SET jit = {jit}")
            for _ in range(2):
                size = 0
                started = time.perf_counter()
                status = await conn.copy_from_query(select, *p.values, output=sink, format="csv")
                seconds = time.perf_counter() - started
                timings[jit] = min(timings.get(jit, seconds), seconds)
    finally:
        await conn.close()
    return {"seconds": min(timings.values()), "seconds_jit_on": timings["on"], "seconds_jit_off": timings["off"],
            "rows": int(status.split()[-1]), "csv_bytes": size}


async def worker(database: str, data_dir: str, account_id: str, use_copy: bool) -> dict[str, float]:
    """Runs in its own process: one export job, as the arq worker would run it."""
    from gqlaccess.db import close_db, init_db
    from gqlaccess.models import Account, ExportJob
    from gqlaccess.models.enums import ExportKind
    from gqlaccess.services.core.deps import Deps
    from gqlaccess.services.core.queue import JobQueue
    from gqlaccess.services.exports import export_runner, export_sources

    settings = _settings(database, data_dir)
    await init_db(settings)
    try:
        account = await Account.get(id=account_id)
        job = await ExportJob.create(account_id=account.id, requested_by_id=account.owner_id, kind=ExportKind.CLIENTS)  # type: ignore[attr-defined]
        deps = Deps(settings=settings, queue=JobQueue(None, settings.queue_name))
        if not use_copy:  # the row-by-row path, for comparison
            export_runner.ExportSource = functools.partial(export_sources.ExportSource, use_copy=False)  # type: ignore[misc]
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        outcome = await export_runner.run_export(deps, job.id)
        seconds = time.perf_counter() - started
        job = await ExportJob.get(id=job.id)
        assert outcome == "succeeded", (outcome, job.error)
        from gqlaccess.services.exports.storage import storage_for

        await storage_for(settings).delete(job.file_path)  # type: ignore[arg-type]
        return {
            "seconds": seconds, "rows": job.rows_done, "zip_bytes": job.size_bytes or 0,
            "rss_before_mb": rss_before,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    finally:
        await close_db()


def run_worker(
    database: str, data_dir: str, account_id: str, use_copy: bool, storage: dict[str, str] | None = None
) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", database, data_dir, account_id, "1" if use_copy else "0"],
        check=True, capture_output=True, text=True,
        env={**os.environ, "GQLACCESS_LOG_LEVEL": "WARNING", **(storage or {})},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


async def main(args: argparse.Namespace) -> None:
    database = args.db or f"gqlaccess_bench_{secrets.token_hex(4)}"
    data_dir = tempfile.mkdtemp(prefix="gqlaccess-bench-")
    sizes = {"quick": 200_000} if args.quick else {"small": args.small, "big": args.big}
    s3 = _object_store(data_dir) if args.s3 else None
    storage = next(s3) if s3 is not None else None
    try:
        accounts = await seed(database, data_dir, sizes)
        results = []
        for label, account_id in accounts.items():
            floor = await copy_floor(database, data_dir, account_id)
            export = run_worker(database, data_dir, account_id, True)
            row = {
                "rows": export["rows"], "floor_s": round(floor["seconds"], 2),
                "floor_jit_on_s": round(floor["seconds_jit_on"], 2), "floor_jit_off_s": round(floor["seconds_jit_off"], 2),
                "floor_rows_s": round(floor["rows"] / floor["seconds"]), "export_s": round(export["seconds"], 2),
                "export_rows_s": round(export["rows"] / export["seconds"]),
                "ratio": round(export["seconds"] / floor["seconds"], 2),
                "peak_rss_mb": round(export["peak_rss_mb"], 1), "rss_at_start_mb": round(export["rss_before_mb"], 1),
                "csv_mb": round(floor["csv_bytes"] / 1e6, 1), "zip_mb": round(export["zip_bytes"] / 1e6, 1),
            }
            if storage is not None:
                in_s3 = run_worker(database, data_dir, account_id, True, storage)
                row["s3_export_s"] = round(in_s3["seconds"], 2)
                row["s3_ratio"] = round(in_s3["seconds"] / floor["seconds"], 2)
                row["s3_peak_rss_mb"] = round(in_s3["peak_rss_mb"], 1)
            if args.row_path:
                rows_path = run_worker(database, data_dir, account_id, False)
                row["row_path_s"] = round(rows_path["seconds"], 2)
                row["row_path_peak_rss_mb"] = round(rows_path["peak_rss_mb"], 1)
            assert floor["rows"] == export["rows"], (floor, export)
            results.append(row)
            print(json.dumps({label: row}), flush=True)
        if args.json:
            print("BENCH_JSON " + json.dumps({"exports": results}), flush=True)
            return
        print()
        print(f"{'rows':>10} {'COPY floor s':>12} {'export s':>9} {'ratio':>6} {'export rows/s':>14} {'peak RSS MB':>12}")
        for r in results:
            print(f"{r['rows']:>10,} {r['floor_s']:>12} {r['export_s']:>9} {r['ratio']:>6} "
                  f"{r['export_rows_s']:>14,} {r['peak_rss_mb']:>12}")
            if "s3_export_s" in r:
                print(f"{'  to S3':>10} {r['floor_s']:>12} {r['s3_export_s']:>9} {r['s3_ratio']:>6} "
                      f"{round(r['rows'] / r['s3_export_s']):>14,} {r['s3_peak_rss_mb']:>12}")
    finally:
        if s3 is not None:
            s3.close()
        if not args.keep:
            admin = await asyncpg.connect(ADMIN_URL)
            await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            await admin.close()


def _object_store(data_dir: str):  # type: ignore[no-untyped-def]
    """A moto_server on loopback with one bucket; yields the worker's storage environment."""
    from tests.support.object_store import CREDENTIALS, start_object_store

    for store in start_object_store(Path(data_dir) / "moto_server.log"):
        bucket = store.new_bucket()
        yield {**CREDENTIALS, "GQLACCESS_EXPORT_STORAGE": f"s3://{bucket}/bench",
               "GQLACCESS_S3_ENDPOINT_URL": store.endpoint}


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        _, _, db, directory, account, copy = sys.argv
        print(json.dumps(asyncio.run(worker(db, directory, account, copy == "1"))))
        sys.exit(0)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--big", type=int, default=1_000_000)
    parser.add_argument("--row-path", action="store_true", help="also time the row-by-row (non-COPY) path")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--s3", action="store_true", help="also export into S3-compatible storage (moto_server)")
    parser.add_argument("--quick", action="store_true", help="one account of 200,000 clients (about 15 s)")
    parser.add_argument("--json", action="store_true", help="end with one `BENCH_JSON {...}` line (bench/run.py)")
    parser.add_argument("--db", help="reuse this name (with --keep: left in place)")
    asyncio.run(main(parser.parse_args()))
