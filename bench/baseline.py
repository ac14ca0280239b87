"""The raw baseline: Starlette + asyncpg + orjson, the same SQL work, the same JSON bytes.

One endpoint per workload. Each authenticates the bearer session like gqlaccess does (SHA-256 of
the secret, one indexed look-up, last-used touched at most once a minute), then runs hand-written
SQL (joins instead of loaders) and builds the response by hand. Run as gqlaccess is:
`uvicorn bench.baseline:create_app --factory` with BENCH_DATABASE_URL set.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from gqlaccess.graphql.ids import decode_id, encode_id
from gqlaccess.policy.capabilities import PREDEFINED_ROLES, Capability, Level, parse_levels

_TOUCH = timedelta(seconds=60)
_UNAUTHENTICATED = orjson.dumps({"errors": [{"message": "Authentication required."}]})


def _json(body: Any) -> Response:
    return Response(orjson.dumps(body), media_type="application/json")


def _cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(values)).decode().rstrip("=")


_NOT_FOUND = {"data": None, "errors": [{"message": "Not found.", "extensions": {"code": "NOT_FOUND"}}]}


def _account_id(body: Any) -> Any:
    decoded = decode_id((body.get("variables") or {}).get("accountId", ""))
    return decoded[1] if decoded is not None and decoded[0] == "Account" else None


async def _forbidden(conn: asyncpg.Connection, account_id: Any, user_id: Any, capability: Capability) -> Response | None:
    """None when the viewer may VIEW `capability` in the account; the error response otherwise."""
    access = await conn.fetchrow(
        'SELECT m.status, r.key, r.kind, r.capabilities, a.status AS account_status FROM "membership" m '
        'JOIN "role" r ON r.id = m.role_id JOIN "account" a ON a.id = m.account_id '
        "WHERE m.account_id = $1 AND m.user_id = $2", account_id, user_id,
    )
    if access is None:
        return _json(_NOT_FOUND)
    levels = (PREDEFINED_ROLES[access["key"]] if access["kind"] == "PREDEFINED"
              else parse_levels(orjson.loads(access["capabilities"])))
    if (access["status"] != "ACTIVE" or access["account_status"] == "DEACTIVATED"
            or not levels.get(capability, Level.NONE).covers(Level.VIEW)):
        return _json({"data": None, "errors": [{"message": "Forbidden", "extensions": {"code": "FORBIDDEN"}}]})
    return None


def create_app() -> Starlette:
    state: dict[str, asyncpg.Pool] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state["pool"] = await asyncpg.create_pool(os.environ["BENCH_DATABASE_URL"], min_size=1, max_size=10)
        try:
            yield
        finally:
            await state["pool"].close()

    async def guard(request: Request, conn: asyncpg.Connection, account_id: Any, capability: Capability) -> Response | None:
        """The refusal for an anonymous caller or one lacking the capability, else None."""
        user = await viewer(request, conn)
        if user is None:
            return Response(_UNAUTHENTICATED, media_type="application/json")
        return await _forbidden(conn, account_id, user["id"], capability)

    async def viewer(request: Request, conn: asyncpg.Connection) -> asyncpg.Record | None:
        header = request.headers.get("authorization", "")
        scheme, _, secret = header.partition(" ")
        if scheme.lower() != "bearer":
            return None
        row = await conn.fetchrow(
            'SELECT s.id AS session_id, s.expires_at, s.revoked_at, s.last_used_at, u.id, u.email, u.name, '
            'u.activated_at FROM "session" s JOIN "user" u ON u.id = s.user_id WHERE s.token_hash = $1',
            hashlib.sha256(secret.strip().encode()).hexdigest(),
        )
        now = datetime.now(UTC)
        if row is None or row["revoked_at"] is not None or row["expires_at"] <= now:
            return None
        if row["last_used_at"] is None or now - row["last_used_at"] > _TOUCH:
            await conn.execute('UPDATE "session" SET "last_used_at" = $1 WHERE "id" = $2', now, row["session_id"])
        return row

    async def me(request: Request) -> Response:
        await request.body()
        async with state["pool"].acquire() as conn:
            user = await viewer(request, conn)
            if user is None:
                return Response(_UNAUTHENTICATED, media_type="application/json")
            rows = await conn.fetch(
                'SELECT m.id, m.status, m.user_id, r.id AS role_id, r.name AS role_name, a.id AS account_id, '
                'a.name AS account_name, a.status AS account_status, a.owner_id FROM "membership" m '
                'JOIN "role" r ON r.id = m.role_id JOIN "account" a ON a.id = m.account_id '
                'WHERE m.user_id = $1 ORDER BY m.created_at', user["id"],
            )
        activated = user["activated_at"] is not None
        memberships = [
            {
                "id": encode_id("Membership", r["id"]),
                "status": "INACTIVE" if r["status"] == "INACTIVE" else ("ACTIVE" if activated else "PENDING"),
                "isOwner": r["owner_id"] == r["user_id"],
                "role": {"id": encode_id("Role", r["role_id"]), "name": r["role_name"]},
                "account": {"id": encode_id("Account", r["account_id"]), "name": r["account_name"],
                            "status": r["account_status"]},
            }
            for r in rows
        ]
        return _json({"data": {"me": {"id": encode_id("User", user["id"]), "email": user["email"],
                                      "name": user["name"], "memberships": memberships}}})

    async def check_access(request: Request) -> Response:
        body = orjson.loads(await request.body())
        variables = body.get("variables") or {}
        decoded = decode_id(variables.get("accountId", ""))
        capability, level = Capability(variables["capability"].lower()), Level(variables.get("level", "VIEW"))
        media_source = variables.get("mediaSource")
        async with state["pool"].acquire() as conn:
            user = await viewer(request, conn)
            if user is None:
                return Response(_UNAUTHENTICATED, media_type="application/json")
            row = None
            if decoded is not None and decoded[0] == "Account":
                row = await conn.fetchrow(
                    'SELECT a.status AS account_status, m.status, m.media_sources_all, m.media_sources, '
                    'm.geos_all, r.key, r.kind, r.capabilities FROM "account" a '
                    'LEFT JOIN "membership" m ON m.account_id = a.id AND m.user_id = $2 '
                    'LEFT JOIN "role" r ON r.id = m.role_id WHERE a.id = $1', decoded[1], user["id"],
                )
        if row is None or row["status"] is None:
            return _json(_NOT_FOUND)
        if row["account_status"] == "DEACTIVATED":
            allowed, reason = False, "ACCOUNT_DEACTIVATED"
        elif row["status"] != "ACTIVE":
            allowed, reason = False, "MEMBERSHIP_INACTIVE"
        else:
            levels = (PREDEFINED_ROLES[row["key"]] if row["kind"] == "PREDEFINED"
                      else parse_levels(orjson.loads(row["capabilities"])))
            media_all = row["media_sources_all"] or row["key"] in ("admin", "security")
            if not levels.get(capability, Level.NONE).covers(level):
                allowed, reason = False, "INSUFFICIENT_ROLE"
            elif media_source and not media_all and media_source not in orjson.loads(row["media_sources"]):
                allowed, reason = False, "MEDIA_SOURCE_NOT_IN_SCOPE"
            else:
                allowed, reason = True, "ALLOWED"
        return _json({"data": {"checkAccess": {"allowed": allowed, "reason": reason}}})

    async def accounts(request: Request) -> Response:
        await request.body()
        async with state["pool"].acquire() as conn:
            user = await viewer(request, conn)
            if user is None:
                return Response(_UNAUTHENTICATED, media_type="application/json")
            memberships = await conn.fetch(
                'SELECT account_id, status FROM "membership" WHERE user_id = $1 ORDER BY created_at', user["id"])
            direct = [m["account_id"] for m in memberships]
            active = [m["account_id"] for m in memberships if m["status"] == "ACTIVE"]
            rows = await conn.fetch(
                'SELECT id, name, status, language, managed, host_id FROM "account" '
                'WHERE id = ANY($1::uuid[]) OR (managed AND host_id = ANY($2::uuid[])) ORDER BY created_at, id',
                direct, active,
            )
        by_id = {r["id"]: r for r in rows}
        hosted = [r["id"] for r in rows if r["id"] not in set(direct)]
        ordered = [by_id[i] for i in dict.fromkeys([*direct, *hosted]) if i in by_id]
        return _json({"data": {"accounts": [
            {"id": encode_id("Account", r["id"]), "name": r["name"], "status": r["status"],
             "language": r["language"].upper(), "managed": r["managed"], "hosted": r["host_id"] is not None}
            for r in ordered
        ]}})

    async def users(request: Request) -> Response:
        """`users(accountId, first: 100)` sorted by name: authorize, one page query, one count."""
        account_id = _account_id(orjson.loads(await request.body()))
        if account_id is None:
            return _json(_NOT_FOUND)
        async with state["pool"].acquire() as conn:
            refused = await guard(request, conn, account_id, Capability.USERS)
            if refused is not None:
                return refused
            rows = await conn.fetch(
                'SELECT m.id, LOWER(u.name) AS k, m.status, m.apps_all_current_and_future, m.app_ids, '
                'u.email, u.name, u.activated_at, r.name AS role_name FROM "membership" m '
                'JOIN "user" u ON u.id = m.user_id JOIN "role" r ON r.id = m.role_id '
                "WHERE m.account_id = $1 ORDER BY LOWER(u.name) ASC, m.id ASC LIMIT 101", account_id,
            )
            total = await conn.fetchval(
                'SELECT COUNT(*) FROM "membership" m JOIN "user" u ON u.id = m.user_id WHERE m.account_id = $1',
                account_id,
            )
        has_next = len(rows) > 100
        rows = rows[:100]
        cursors = [_cursor([r["k"], str(r["id"])]) for r in rows]
        edges = [
            {"node": {
                "id": encode_id("Membership", r["id"]),
                "status": "INACTIVE" if r["status"] == "INACTIVE" else ("ACTIVE" if r["activated_at"] else "PENDING"),
                "role": {"name": r["role_name"]},
                "user": {"email": r["email"], "name": r["name"]},
                "apps": {"allCurrentAndFuture": r["apps_all_current_and_future"],
                         "appIds": [encode_id("Resource", a) for a in orjson.loads(r["app_ids"])]},
            }}
            for r in rows
        ]
        return _json({"data": {"users": {
            "totalCount": total, "pageInfo": {"hasNextPage": has_next, "endCursor": cursors[-1] if cursors else None},
            "edges": edges,
        }}})

    async def clients(request: Request) -> Response:
        """`clients(accountId, first: 100)` by name with assigned resources: authorize, page, count,
        one join for the page's assignments (the loader's order: assignment time, then id)."""
        account_id = _account_id(orjson.loads(await request.body()))
        if account_id is None:
            return _json(_NOT_FOUND)
        async with state["pool"].acquire() as conn:
            refused = await guard(request, conn, account_id, Capability.CLIENTS)
            if refused is not None:
                return refused
            total = await conn.fetchval('SELECT COUNT(*) FROM "client" WHERE account_id = $1', account_id)
            rows = await conn.fetch(
                'SELECT id, display_name, first_name, last_name, email, company, phone1, status, permissions, '
                'invited_at, created_at FROM "client" WHERE account_id = $1 ORDER BY display_name ASC, id ASC '
                "LIMIT 101", account_id,
            )
            has_next = len(rows) > 100
            rows = rows[:100]
            assigned: dict[Any, list[dict[str, Any]]] = {r["id"]: [] for r in rows}
            for a in await conn.fetch(
                'SELECT cr.client_id, cr.permissions, cr.created_at, r.id, r.kind, r.name, r.url '
                'FROM "client_resource" cr JOIN "resource" r ON r.id = cr.resource_id '
                "WHERE cr.client_id = ANY($1::uuid[]) ORDER BY cr.created_at, cr.id", list(assigned),
            ):
                assigned[a["client_id"]].append({
                    "resourceId": encode_id("Resource", a["id"]), "kind": a["kind"], "name": a["name"],
                    "url": a["url"], "permissions": orjson.loads(a["permissions"]),
                    "assignedAt": a["created_at"].isoformat(),
                })
        cursors = [_cursor([r["display_name"], str(r["id"])]) for r in rows]
        edges = [
            {"cursor": cursor, "node": {
                "id": encode_id("Client", r["id"]), "displayName": r["display_name"], "firstName": r["first_name"],
                "lastName": r["last_name"], "email": r["email"], "company": r["company"], "phone1": r["phone1"],
                "status": r["status"], "permissions": orjson.loads(r["permissions"]),
                "invitedAt": r["invited_at"].isoformat() if r["invited_at"] else None,
                "createdAt": r["created_at"].isoformat(), "assignedResources": assigned[r["id"]],
            }}
            for cursor, r in zip(cursors, rows, strict=True)
        ]
        return _json({"data": {"clients": {
            "totalCount": total, "pageInfo": {"hasNextPage": has_next, "endCursor": cursors[-1] if cursors else None},
            "edges": edges,
        }}})

    async def healthz(request: Request) -> Response:
        return _json({"status": "ok"})

    return Starlette(
        routes=[
            Route("/me", me, methods=["POST"]),
            Route("/check-access", check_access, methods=["POST"]),
            Route("/accounts", accounts, methods=["POST"]),
            Route("/users", users, methods=["POST"]),
            Route("/clients", clients, methods=["POST"]),
            Route("/healthz", healthz),
        ],
        lifespan=lifespan,
    )
