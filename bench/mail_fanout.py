"""Fan-out: 1,000 invitation e-mails from one transaction to a local aiosmtpd sink.

    PYTHONPATH=src:. python bench/mail_fanout.py [--count 1000] [--workers 1 2]
    ... bench/mail_fanout.py --quick --json   # 300 e-mails, 1 then 2 workers; bench/run.py's rows

Needs PostgreSQL and Redis (GQLACCESS_BENCH_PG_URL, GQLACCESS_BENCH_REDIS_URL; defaults: the
local test servers). Creates a throw-away database, and for each worker count: starts that many
`gqlaccess worker` processes, creates `count` users with their activation invitations and outbox
rows in one transaction (what bulkCreateUsers does), enqueues them after commit, and measures
until the sink has received every message, and the workers' peak RSS (VmHWM). Drops the database
at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import subprocess
import sys
import threading
import time
from pathlib import Path

import asyncpg
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from gqlaccess.config import Settings  # noqa: E402
from gqlaccess.db import close_db, init_db, migrate  # noqa: E402

PG = os.environ.get("GQLACCESS_BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS = os.environ.get("GQLACCESS_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")


class Sink:
    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        with self.lock:
            self.count += 1
        return "250 OK"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def create_invitations(settings: Settings, count: int, tag: str) -> list[int]:
    from tortoise.transactions import in_transaction

    from gqlaccess.models import Membership, User
    from gqlaccess.models.enums import InvitationKind
    from gqlaccess.services.accounts import accounts
    from gqlaccess.services.core import outbox
    from gqlaccess.services.core.deps import Deps
    from gqlaccess.services.core.queue import JobQueue
    from gqlaccess.services.invitations import invitations
    from gqlaccess.services.roles.roles import predefined_role_id

    deps = Deps(settings=settings, queue=JobQueue(None, settings.queue_name))
    created = await accounts.create_account(deps, name=f"Bench {tag}", owner_email=f"owner-{tag}@example.com")
    ids: list[int] = []
    async with in_transaction():
        for n in range(count):
            user = await User.create(email=f"u{n}-{tag}@example.com", name=f"User {n}")
            await Membership.create(account_id=created.account.id, user_id=user.id, role_id=predefined_role_id("marketing"))
            issued = await invitations.issue(deps, InvitationKind.USER_ACTIVATION, email=user.email,
                                             account_id=created.account.id, user_id=user.id)
            row = await outbox.record_email(
                settings, template="user_activation", to_email=user.email, language="en",
                variables={"name": user.name, "account_name": created.account.name, "url": issued.url(settings),
                           "expires_at": issued.invitation.expires_at.isoformat()},
                invitation=issued.invitation, account_id=created.account.id,
            )
            ids.append(row.id)
    return ids


def peak_rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:"))


async def run(count: int, worker_counts: list[int]) -> list[dict[str, float]]:
    database = f"gqlaccess_bench_mail_{secrets.token_hex(4)}"
    admin = await asyncpg.connect(PG)
    await admin.execute(f'CREATE DATABASE "{database}"')
    await admin.close()
    db_url = PG.rsplit("/", 1)[0] + "/" + database
    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    secret = secrets.token_urlsafe(40)
    from arq.connections import RedisSettings, create_pool

    from gqlaccess.services.core.queue import JobQueue
    from gqlaccess.services.roles.roles import ensure_predefined_roles

    base = Settings(environment="test", database_url=db_url, redis_url=REDIS, smtp_url=f"smtp://127.0.0.1:{port}",
                    secret_key=secret, data_dir=Path("/tmp"))
    await migrate(base)
    await init_db(base)
    await ensure_predefined_roles()
    results = []
    try:
        for workers in worker_counts:
            queue = f"gqlaccess-bench:{secrets.token_hex(4)}"
            settings = base.with_overrides(queue_name=queue)
            env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", "GQLACCESS_ENV": "test",
                   "GQLACCESS_DATABASE_URL": db_url, "GQLACCESS_REDIS_URL": REDIS, "GQLACCESS_SECRET_KEY": secret,
                   "GQLACCESS_SMTP_URL": settings.smtp_url or "", "GQLACCESS_QUEUE_NAME": queue,
                   "GQLACCESS_DATA_DIR": "/tmp", "GQLACCESS_LOG_LEVEL": "WARNING"}
            procs = [subprocess.Popen([sys.executable, "-m", "gqlaccess", "worker"], env=env,  # noqa: ASYNC220
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(workers)]
            await asyncio.sleep(3)  # workers connected and polling
            start_count = sink.count
            started = time.perf_counter()
            ids = await create_invitations(settings, count, secrets.token_hex(3))
            created = time.perf_counter()
            pool = await create_pool(RedisSettings.from_dsn(REDIS))
            await JobQueue(pool, queue).enqueue_emails(ids)
            enqueued = time.perf_counter()
            deadline = started + 180
            while sink.count - start_count < count and time.perf_counter() < deadline:  # noqa: ASYNC110
                await asyncio.sleep(0.01)
            done = time.perf_counter()
            received = sink.count - start_count
            rss = max(peak_rss_mb(proc.pid) for proc in procs)
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait(20)
            await pool.aclose()
            print(
                f"workers={workers} e-mails={received}/{count} create+commit={created - started:.2f}s "
                f"enqueue={enqueued - created:.2f}s end-to-end={done - started:.2f}s "
                f"({received / (done - started):.0f} e-mails/s end to end, "
                f"{received / (done - enqueued) if done > enqueued else 0:.0f}/s after enqueue)",
                flush=True,
            )
            results.append({
                "workers": workers, "emails": count, "received": received,
                "create_commit_s": round(created - started, 2), "end_to_end_s": round(done - started, 2),
                "emails_per_s": round(received / (done - started), 1),
                "emails_per_s_after_enqueue": round(received / (done - enqueued), 1) if done > enqueued else 0.0,
                "worker_peak_rss_mb": round(rss, 1),
            })
    finally:
        await close_db()
        controller.stop()
        admin = await asyncpg.connect(PG)
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        await admin.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--quick", action="store_true", help="300 e-mails (about 20 s for 1 and 2 workers)")
    parser.add_argument("--json", action="store_true", help="end with one `BENCH_JSON {...}` line (bench/run.py)")
    args = parser.parse_args()
    results = asyncio.run(run(300 if args.quick else args.count, args.workers))
    if args.json:
        print("BENCH_JSON " + json.dumps({"fanout": results}), flush=True)


if __name__ == "__main__":
    main()
