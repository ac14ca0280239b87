"""Seeds a fresh PostgreSQL database for the benchmarks (bulk COPY, a few seconds).

The viewer is the owner and Admin of the main account, Admin of the 10,000-member account and a
member of four more accounts with other roles (a third of the big account's members have an
explicit list of its apps); twenty activated users exist for the login storm.
The main account has 2,000 clients across every status, nine in ten with one to three of its 30
sites and apps assigned (each assignment with its own permissions).
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import asyncpg

from gqlaccess.config import Argon2Params
from gqlaccess.policy.capabilities import PREDEFINED_ROLE_NAMES, PREDEFINED_ROLES, dump_levels
from gqlaccess.services.roles.roles import predefined_role_id

PASSWORD = "Bench-Correct-Horse-9"
BIG_ACCOUNT_MEMBERS = 10_000
LOGIN_USERS = 20
MAIN_ACCOUNT_CLIENTS = 2_000
MAIN_ACCOUNT_RESOURCES = 30  # 24 sites, 6 apps
CLIENT_PERMISSIONS = [["VIEW_SITE"], ["VIEW_SITE", "VIEW_STATS"], ["VIEW_SITE", "EDIT_CONTENT", "PUBLISH"],
                      ["VIEW_SITE", "EDIT_CONTENT", "EDIT_DESIGN", "PUBLISH", "VIEW_STATS", "MANAGE_FORMS"]]
MEMBER_ROLES = ["team_lead", "marketing", "security", "qa", "finance", "marketing_limited"]


@dataclass
class Seeded:
    viewer_id: uuid.UUID
    viewer_token: str
    main_account_id: uuid.UUID
    big_account_id: uuid.UUID
    login_emails: list[str] = field(default_factory=list)


def _hash_token(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


async def seed(database_url: str) -> Seeded:
    from argon2 import PasswordHasher, Type

    params = Argon2Params()
    password_hash = PasswordHasher(
        time_cost=params.time_cost, memory_cost=params.memory_cost_kib, parallelism=params.parallelism, type=Type.ID
    ).hash(PASSWORD)
    conn = await asyncpg.connect(database_url)
    try:
        return await _seed(conn, password_hash)
    finally:
        await conn.close()


async def _seed(conn: asyncpg.Connection, password_hash: str) -> Seeded:
    now = datetime.now(UTC)
    tick = iter(range(10**9))

    def ts() -> datetime:  # distinct, increasing creation times (orderings are stable)
        return now - timedelta(hours=2) + timedelta(microseconds=next(tick) * 7)

    roles = []
    for key, name in PREDEFINED_ROLE_NAMES.items():
        roles.append((predefined_role_id(key), ts(), key, name, "PREDEFINED", None,
                      _json(dump_levels(PREDEFINED_ROLES[key])), now, None))
    await conn.execute('DELETE FROM "role" WHERE "key" IS NOT NULL')
    await conn.copy_records_to_table(
        "role", records=roles,
        columns=["id", "created_at", "key", "name", "kind", "template_key", "capabilities", "updated_at", "account_id"],
    )

    users: list[tuple] = []
    accounts: list[tuple] = []
    memberships: list[tuple] = []

    def user(email: str, name: str, password: str | None) -> uuid.UUID:
        uid = uuid.uuid4()
        users.append((uid, ts(), email, name, None, None, password, None, None, None, now, None, False,
                      "2026-01", now, "2026-01", now, now))
        return uid

    def account(name: str, owner: uuid.UUID | None, host: uuid.UUID | None = None, managed: bool = False) -> uuid.UUID:
        aid = uuid.uuid4()
        accounts.append((aid, ts(), name, "ACTIVE", "en", None, managed, now, host, owner))
        return aid

    def member(account_id: uuid.UUID, user_id: uuid.UUID, role: str, status: str = "ACTIVE",
               media: list[str] | None = None, apps: list[uuid.UUID] | None = None) -> None:
        memberships.append((uuid.uuid4(), ts(), status, apps is None, _json([str(a) for a in apps or []]), False,
                            media is None, _json(media or []), True, "[]", now, account_id,
                            predefined_role_id(role), user_id))

    viewer = user("viewer@bench.example.com", "Bench Viewer", password_hash)
    main = account("Main account", viewer)
    big = account("Big account (10k members)", None)
    member(main, viewer, "admin")
    member(big, viewer, "admin")
    resources, clients, assignments = _clients(main, ts, now)
    big_apps = [uuid.uuid4() for _ in range(3)]
    resources += [(app, ts(), "APP", f"Big app {i}", None, big) for i, app in enumerate(big_apps)]
    for i, role in enumerate(["team_lead", "marketing", "qa", "finance"]):
        other = account(f"Other account {i}", None)
        member(other, viewer, role, status="ACTIVE" if i != 2 else "INACTIVE")
    account("Managed hosted account", None, host=main, managed=True)
    for i in range(BIG_ACCOUNT_MEMBERS):
        uid = user(f"member{i:05d}@bench.example.com", f"Member {i:05d}", None)
        member(big, uid, MEMBER_ROLES[i % len(MEMBER_ROLES)], status="INACTIVE" if i % 17 == 0 else "ACTIVE",
               media=["facebook", "google"] if i % 5 == 0 else None, apps=big_apps[:2] if i % 3 == 0 else None)
    login_emails = []
    for i in range(LOGIN_USERS):
        email = f"login{i:02d}@bench.example.com"
        uid = user(email, f"Login {i:02d}", password_hash)
        member(main, uid, "marketing")
        login_emails.append(email)

    async with conn.transaction():
        await conn.copy_records_to_table(
            "user", records=users,
            columns=["id", "created_at", "email", "name", "department", "notification_email", "password_hash",
                     "totp_secret_encrypted", "totp_pending_secret_encrypted", "totp_enabled_at", "activated_at",
                     "last_login_at", "is_platform_operator", "terms_version", "terms_accepted_at",
                     "privacy_version", "privacy_accepted_at", "updated_at"],
        )
        await conn.copy_records_to_table(
            "account", records=accounts,
            columns=["id", "created_at", "name", "status", "language", "max_users", "managed", "updated_at",
                     "host_id", "owner_id"],
        )
        await conn.copy_records_to_table(
            "membership", records=memberships,
            columns=["id", "created_at", "status", "apps_all_current_and_future", "app_ids", "include_future_apps",
                     "media_sources_all", "media_sources", "geos_all", "geos", "updated_at", "account_id",
                     "role_id", "user_id"],
        )
        await conn.copy_records_to_table(
            "resource", records=resources, columns=["id", "created_at", "kind", "name", "url", "account_id"],
        )
        await conn.copy_records_to_table(
            "client", records=clients,
            columns=["id", "created_at", "display_name", "partner_client_id", "first_name", "last_name", "email",
                     "company", "address", "phone1", "phone2", "notes", "permissions", "status", "invited_at",
                     "first_login_at", "suspended_at", "updated_at", "account_id"],
        )
        await conn.copy_records_to_table(
            "client_resource", records=assignments,
            columns=["id", "created_at", "permissions", "client_id", "resource_id"],
        )
        token = "gqs_" + secrets.token_urlsafe(32)
        await conn.execute(
            'INSERT INTO "session" ("id", "created_at", "token_hash", "kind", "expires_at", "last_used_at", '
            '"user_id") VALUES ($1, $2, $3, $4, $5, $6, $7)',
            uuid.uuid4(), now, _hash_token(token), "USER", now + timedelta(days=1), now, viewer,
        )
    await conn.execute("ANALYZE")
    return Seeded(viewer_id=viewer, viewer_token=token, main_account_id=main, big_account_id=big,
                  login_emails=login_emails)


def _clients(account_id: uuid.UUID, ts: Callable[[], datetime], now: datetime) -> tuple[list, list, list]:
    """Resources, clients and assignments of one account; each status follows from its facts
    (services.clients.derive_status): suspended > logged in > invited > site assigned > potential."""
    resources = []
    for i in range(MAIN_ACCOUNT_RESOURCES):
        kind, name = ("APP", f"App {i:02d}") if i % 5 == 4 else ("SITE", f"site-{i:02d}.example.com")
        url = None if kind == "APP" else f"https://{name}/"
        resources.append((uuid.uuid4(), ts(), kind, name, url, account_id))
    clients, assignments = [], []
    for i in range(MAIN_ACCOUNT_CLIENTS):
        cid, kind = uuid.uuid4(), i % 10
        invited = now - timedelta(days=30, minutes=i) if kind in (1, 2, 3, 4, 5) else None
        first_login = now - timedelta(days=20, minutes=i) if kind in (2, 3, 4, 5) else None
        suspended = now - timedelta(days=2, minutes=i) if kind == 5 else None
        status = ("POTENTIAL", "INVITED", "ACTIVE", "ACTIVE", "ACTIVE", "SUSPENDED")[kind] if kind < 6 else "SITE_ASSIGNED"
        company = f"Company {i // 3:04d}" if i % 4 else None
        clients.append((
            cid, ts(), f"Client {i:04d}" + (f" ({company})" if company else ""), f"P-{i:05d}" if i % 7 == 0 else None, f"First{i}",
            f"Last{i}", f"client{i:04d}@bench.example.com", company, None, f"+33 1 23 45 {i:04d}",
            None, None, _json(["VIEW_SITE"] if i % 3 else []), status, invited, first_login, suspended, now,
            account_id,
        ))
        if kind == 0:
            continue
        for k in range(1 + i % 3):
            resource = resources[(i * 7 + k * 11) % MAIN_ACCOUNT_RESOURCES][0]
            assignments.append((uuid.uuid4(), ts(), _json(CLIENT_PERMISSIONS[(i + k) % 4]), cid, resource))
    return resources, clients, assignments


def _json(value: object) -> str:
    import orjson

    return orjson.dumps(value).decode()
