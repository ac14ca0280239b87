"""How long an inline account deletion takes, to place `account_deletion.ASYNC_THRESHOLD`.

    PYTHONPATH=src:. python bench/account_deletion.py [--clients 700] [--members 100]
    GQLACCESS_DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> ... (a database you created)
    ... bench/account_deletion.py --json   # bench/run.py's row (on its own benchmark database)

Builds one account with members, clients (each with its contact user and one assigned site) and
invitations, counts its rows, deletes it inline (one transaction) and prints rows, seconds, rows/s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from gqlaccess.config import Settings  # noqa: E402
from gqlaccess.db import close_db, init_db, migrate  # noqa: E402
from gqlaccess.models import Account, Client, ClientResource, ClientUser, Membership, Resource, User  # noqa: E402
from gqlaccess.models.enums import ResourceKind  # noqa: E402
from gqlaccess.services.accounts import account_deletion  # noqa: E402
from gqlaccess.services.core.deps import Deps  # noqa: E402
from gqlaccess.services.core.queue import JobQueue  # noqa: E402
from gqlaccess.services.roles.roles import ensure_predefined_roles, predefined_role_id  # noqa: E402


async def main(clients: int, members: int, as_json: bool = False) -> None:
    run = secrets.token_hex(4)
    settings = Settings(environment="test", data_dir=Path(tempfile.mkdtemp(prefix="gqlaccess-bench-")),
                        secret_key="bench-" + run, database_url=os.environ.get("GQLACCESS_DATABASE_URL"))
    await migrate(settings)
    await init_db(settings)
    await ensure_predefined_roles()
    deps = Deps(settings=settings, queue=JobQueue(None, "bench"))
    account = await Account.create(name=f"Bench {run}")
    role = predefined_role_id("marketing")
    users = [User(email=f"m{i}-{run}@example.com", name=f"Member {i}") for i in range(members)]
    await User.bulk_create(users)
    users = await User.filter(email__endswith=f"-{run}@example.com")
    await Membership.bulk_create([Membership(account_id=account.id, user_id=u.id, role_id=role) for u in users])
    site = await Resource.create(account_id=account.id, kind=ResourceKind.SITE, name="site")
    await Client.bulk_create([Client(account_id=account.id, display_name=f"C{i}", first_name="A", last_name="B",
                                     email=f"c{i}-{run}@example.com") for i in range(clients)])
    rows = await Client.filter(account_id=account.id)
    await User.bulk_create([User(email=c.email, name="Client") for c in rows])
    by_email = {u.email: u.id for u in await User.filter(email__startswith="c", email__endswith=f"-{run}@example.com")}
    await ClientUser.bulk_create([ClientUser(client_id=c.id, user_id=by_email[c.email], is_contact=True) for c in rows])
    await ClientResource.bulk_create([ClientResource(client_id=c.id, resource_id=site.id) for c in rows])
    total = await account_deletion.count_rows(account.id)
    threshold = account_deletion.ASYNC_THRESHOLD
    account_deletion.ASYNC_THRESHOLD = total  # force the inline path
    started = time.perf_counter()
    deletion = await account_deletion.request_deletion(deps, account, confirmation=account.name, requested_by_id=None)
    elapsed = time.perf_counter() - started
    print(f"dialect={settings.dialect} rows={total} users_deleted={deletion.users_deleted} "
          f"seconds={elapsed:.3f} rows_per_s={total / elapsed:,.0f}")
    await close_db()
    if as_json:
        print("BENCH_JSON " + json.dumps({"deletion": {
            "dialect": settings.dialect, "rows": total, "users_deleted": deletion.users_deleted,
            "seconds": round(elapsed, 3), "rows_per_s": round(total / elapsed),
            "async_threshold": threshold,
        }}), flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=700)
    parser.add_argument("--members", type=int, default=100)
    parser.add_argument("--json", action="store_true", help="end with one `BENCH_JSON {...}` line (bench/run.py)")
    args = parser.parse_args()
    asyncio.run(main(args.clients, args.members, args.json))
