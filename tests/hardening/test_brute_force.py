"""Guessing and enumeration: rate limits per IP and per target (also across aliases), and answers
that do not tell known e-mails from unknown ones, in content or in time."""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pyotp
import pytest

from gqlaccess.models import User
from gqlaccess.services.core.clock import utcnow

from ..support.factories import PASSWORD, make_tenant
from ..support.graphql import GraphQLClient
from ..support.sql import count_sql


def _ip() -> str:
    return f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250 + 1}"


@pytest.fixture
async def from_ip(app: Any) -> AsyncIterator[Any]:
    """GraphQL clients that come from a given address (each test uses fresh addresses)."""
    clients: list[httpx.AsyncClient] = []

    def make(ip: str | None = None) -> GraphQLClient:
        transport = httpx.ASGITransport(app=app, client=(ip or _ip(), 4321))
        client = httpx.AsyncClient(transport=transport, base_url="http://testserver")
        clients.append(client)
        return GraphQLClient(client)

    yield make
    for client in clients:
        await client.aclose()


def aliased(field: str, inputs: list[str], selection: str) -> str:
    calls = " ".join(f"a{i}: {field}(input: {{{value}}}) {{ {selection} }}" for i, value in enumerate(inputs))
    return f"mutation {{ {calls} }}"


def payload_codes(data: dict[str, Any]) -> list[list[str]]:
    return [[e["code"] for e in data[k]["errors"]] for k in sorted(data, key=lambda k: int(k[1:]))]


async def test_login_per_email_across_aliases(from_ip: Any, gql: GraphQLClient, runtime: Any) -> None:
    tenant = await make_tenant(gql, runtime)
    limit = runtime.settings.login_attempts_per_email
    client = from_ip()
    query = aliased("login", [f'email: "{tenant.owner_email}", password: "wrong-{i}"' for i in range(limit + 3)],
                    "token errors { code }")
    data = await client.ok(query)
    codes = payload_codes(data)
    assert codes[:limit] == [["INVALID_CREDENTIALS"]] * limit
    assert codes[limit:] == [["TOO_MANY_ATTEMPTS"]] * 3
    # Even the right password is refused now, from any address, until the window ends.
    right = await from_ip().ok(aliased("login", [f'email: "{tenant.owner_email}", password: "{PASSWORD}"'], "token errors { code }"))
    assert payload_codes(right) == [["TOO_MANY_ATTEMPTS"]] and right["a0"]["token"] is None


async def test_login_per_ip(from_ip: Any, runtime: Any) -> None:
    limit = runtime.settings.login_attempts_per_ip
    client = from_ip()
    seen: list[list[str]] = []
    for _ in range(0, limit + 5, 25):  # 25 aliases per request, distinct e-mails
        inputs = [f'email: "nobody-{uuid.uuid4().hex[:8]}@example.com", password: "x"' for _ in range(25)]
        seen += payload_codes(await client.ok(aliased("login", inputs, "errors { code }")))
    assert seen[:limit] == [["INVALID_CREDENTIALS"]] * limit
    assert set(map(tuple, seen[limit:])) == {("TOO_MANY_ATTEMPTS",)}
    other = await from_ip().ok(aliased("login", ['email: "nobody@example.com", password: "x"'], "errors { code }"))
    assert payload_codes(other) == [["INVALID_CREDENTIALS"]]


async def test_login_totp_guessing_limited(from_ip: Any, gql: GraphQLClient, runtime: Any) -> None:
    tenant = await make_tenant(gql, runtime)
    enrolment = await gql.mutate("mutation { enrollTotp { secret errors { code } } }", token=tenant.owner_token)
    code = pyotp.TOTP(enrolment["secret"]).now()
    await gql.mutate('mutation($c: String!) { confirmTotp(input: {code: $c}) { enabled errors { code } } }',
                     {"c": code}, token=tenant.owner_token)
    limit = runtime.settings.login_attempts_per_email
    wrong = [f'email: "{tenant.owner_email}", password: "{PASSWORD}", totpCode: "{i:06d}"' for i in range(limit + 2)]
    codes = payload_codes(await from_ip().ok(aliased("login", wrong, "errors { code }")))
    assert codes[:limit] == [["INVALID_CREDENTIALS"]] * limit
    assert codes[limit:] == [["TOO_MANY_ATTEMPTS"]] * 2


async def test_confirm_and_disable_totp_limited_per_user(from_ip: Any, gql: GraphQLClient, runtime: Any) -> None:
    tenant = await make_tenant(gql, runtime)
    await gql.mutate("mutation { enrollTotp { secret errors { code } } }", token=tenant.owner_token)
    limit = runtime.settings.totp_failures_per_user
    client = from_ip()
    body = await client.ok(aliased("confirmTotp", [f'code: "{i:06d}"' for i in range(limit + 2)], "errors { code }"),
                           token=tenant.owner_token)
    codes = payload_codes(body)
    assert codes[:limit] == [["INVALID_TOTP_CODE"]] * limit
    assert codes[limit:] == [["TOO_MANY_ATTEMPTS"]] * 2
    # Another address does not help: the limit is per user.
    again = await from_ip().ok(aliased("disableTotp", ['code: "123456"'], "errors { code }"), token=tenant.owner_token)
    assert payload_codes(again) == [["TOO_MANY_ATTEMPTS"]]


@pytest.mark.parametrize("field", ["acceptInvitation", "resetPassword"])
async def test_token_guessing_limited_per_ip(field: str, from_ip: Any, runtime: Any) -> None:
    limit = runtime.settings.token_failures_per_ip
    client = from_ip()
    extra = ", acceptTerms: true, acceptPrivacy: true" if field == "acceptInvitation" else ""
    seen: list[list[str]] = []
    while len(seen) < limit + 3:
        inputs = [f'token: "gqi_{uuid.uuid4().hex}", password: "Long-Enough-Pass-77"{extra}' for _ in range(25)]
        seen += payload_codes(await client.ok(aliased(field, inputs, "errors { code }")))
    assert seen[:limit] == [["INVITATION_INVALID"]] * limit
    assert set(map(tuple, seen[limit:])) == {("TOO_MANY_ATTEMPTS",)}
    fresh = await from_ip().ok(aliased(field, [f'token: "gqi_x", password: "Long-Enough-Pass-77"{extra}'], "errors { code }"))
    assert payload_codes(fresh) == [["INVITATION_INVALID"]]


async def test_accept_invitation_limited_per_token(from_ip: Any, runtime: Any) -> None:
    """A leaked link: guessing a password the rules accept, from many addresses, is bounded."""
    from gqlaccess.models.enums import InvitationKind
    from gqlaccess.services.invitations import invitations

    user = await User.create(email=f"target-{uuid.uuid4().hex[:8]}@example.com", name="Target")
    issued = await invitations.issue(runtime.deps, InvitationKind.USER_ACTIVATION, email=user.email, user_id=user.id)
    limit = runtime.settings.token_failures_per_token
    seen = []
    for _ in range(limit + 2):  # a new address each time; terms not accepted: a payload failure
        body = await from_ip().ok(aliased("acceptInvitation", [f'token: "{issued.token}", password: "password"'], "errors { code }"))
        seen.append(payload_codes(body)[0])
    assert all("TOO_MANY_ATTEMPTS" not in c for c in seen[:limit])
    assert seen[limit:] == [["TOO_MANY_ATTEMPTS"]] * 2


async def test_request_password_reset_limited(from_ip: Any, runtime: Any) -> None:
    per_email = runtime.settings.reset_requests_per_email
    email = f"someone-{uuid.uuid4().hex[:8]}@example.com"
    seen = payload_codes(await from_ip().ok(aliased("requestPasswordReset", [f'email: "{email}"'] * (per_email + 2), "ok errors { code }")))
    assert seen[:per_email] == [[]] * per_email and seen[per_email:] == [["TOO_MANY_ATTEMPTS"]] * 2
    per_ip = runtime.settings.reset_requests_per_ip
    client = from_ip()
    seen = []
    while len(seen) < per_ip + 2:
        inputs = [f'email: "n-{uuid.uuid4().hex[:8]}@example.com"' for _ in range(25)]
        seen += payload_codes(await client.ok(aliased("requestPasswordReset", inputs, "ok errors { code }")))
    assert seen[:per_ip] == [[]] * per_ip
    assert set(map(tuple, seen[per_ip:])) == {("TOO_MANY_ATTEMPTS",)}


RESET = 'mutation($e: String!) { requestPasswordReset(input: {email: $e}) { ok errors { field code message } } }'
LOGIN = 'mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token errors { field code message } } }'


def _shape(statement: str) -> str:
    """A statement without its literal values (e-mails differ; the work must not)."""
    return re.sub(r"'[^']*'|\b\d+\b|\$\d+|\?", "?", statement)


async def _same_answer_and_work(from_ip: Any, query: str, known: dict[str, Any], unknown: dict[str, Any]) -> None:
    """Byte-for-byte the same answer, and the same database statements, for a known and an
    unknown address: nothing observable (nor the work whose duration could leak) depends on
    whether the address exists. The durations themselves are measured by
    `bench/enumeration_timing.py` (a figure, not a test: a loaded machine makes timings flaky)."""
    answers, work = [], []
    for variables in (known, unknown, known, unknown):  # twice each: the first call may warm caches
        with count_sql() as statements:
            response = await from_ip().raw(query, variables)
        answers.append(response.content)
        work.append([_shape(s) for s in statements])
    assert answers[2] == answers[3], (answers[2], answers[3])
    assert work[2] == work[3], (work[2], work[3])


async def _known_users(n: int, password_hash: str | None = None) -> list[str]:
    emails = [f"known-{uuid.uuid4().hex[:10]}@example.com" for _ in range(n)]
    await User.bulk_create([
        User(email=e, name="Known", activated_at=utcnow(), password_hash=password_hash) for e in emails
    ])
    return emails


async def test_request_password_reset_same_answer_and_work(from_ip: Any, runtime: Any) -> None:
    (known,) = await _known_users(1)
    unknown = f"unknown-{uuid.uuid4().hex[:10]}@example.com"
    await _same_answer_and_work(from_ip, RESET, {"e": known}, {"e": unknown})


async def test_login_same_answer_and_work(from_ip: Any, runtime: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import argon2

    from gqlaccess.security.passwords import hash_password

    (known,) = await _known_users(1, await hash_password(PASSWORD, runtime.settings.argon2))
    unknown = f"unknown-{uuid.uuid4().hex[:10]}@example.com"
    await _same_answer_and_work(from_ip, LOGIN, {"e": known, "p": "Wrong-password-1"},
                                {"e": unknown, "p": "Wrong-password-1"})
    # The costly part is the hash: an unknown address is verified against a hash of the same
    # parameters (argon2's own verify, observed as it passes; nothing of ours is replaced).
    verified: list[str] = []
    original = argon2.PasswordHasher.verify

    def observed(self: Any, hash: str, password: str) -> Any:
        verified.append(hash.rsplit("$", 2)[0])  # "$argon2id$v=19$m=…,t=…,p=…"
        return original(self, hash, password)

    monkeypatch.setattr(argon2.PasswordHasher, "verify", observed)
    costs = []
    for email in (known, unknown):
        verified.clear()
        await from_ip().raw(LOGIN, {"e": email, "p": "Wrong-password-1"})
        costs.append(list(verified))
    assert costs[0] == costs[1] and len(costs[0]) == 1, costs


async def test_deferred_reset_still_issued_for_known_user(from_ip: Any, runtime: Any) -> None:
    """The lookup moved to a job: a known address still gets its link (outbox row), an unknown none."""
    import asyncio

    from gqlaccess.models import OutboxEmail

    (known,) = await _known_users(1)
    unknown = f"unknown-{uuid.uuid4().hex[:10]}@example.com"
    for email in (known, unknown):
        body = await from_ip().ok(RESET, {"e": email})
        assert body["requestPasswordReset"] == {"ok": True, "errors": []}
    for _ in range(600):
        if await OutboxEmail.filter(to_email=known, template="password_reset").exists():
            break
        await asyncio.sleep(0.1)
    assert await OutboxEmail.filter(to_email=known, template="password_reset").count() == 1
    assert not await OutboxEmail.filter(to_email=unknown).exists()
