"""Single sign-on, end to end: median of N sign-ins through a local OpenID provider.

    PYTHONPATH=src:. .venv/bin/python bench/sso_sign_in.py [--runs 20]

Starts the app in its embedded mode (SQLite, embedded Redis, in-process worker) under uvicorn on
a free port, Debian's dnsmasq for the domain's TXT record and oidc-provider (tests/sso/provider,
`npm ci` first) on loopback. One sign-in is what a browser does, over real HTTP: startSso,
/sso/start, the provider's authorization endpoint and login form, /sso/callback, completeSso.
The baseline, measured in the same run: a password `login` (argon2id, OWASP parameters), which
opens the same session. Prints both medians and their ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import secrets
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import uvicorn

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from gqlaccess.config import Settings  # noqa: E402
from gqlaccess.graphql.ids import encode_id  # noqa: E402
from gqlaccess.services.accounts.accounts import create_account  # noqa: E402
from gqlaccess.web.app import create_app  # noqa: E402
from tests.sso.servers import Dnsmasq, OidcProvider, free_udp_tcp_port  # noqa: E402

PASSWORD = "Correct-Horse-Battery-9"
CLIENT = {"client_id": "bench", "client_secret": "bench-secret-" + "b" * 20}
ACCEPT = """mutation($t: String!, $p: String!) { acceptInvitation(input: {token: $t, password: $p, acceptTerms: true,
  acceptPrivacy: true}) { token errors { code } } }"""
LOGIN = "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token errors { code } } }"
START = "mutation($e: String!) { startSso(input: {email: $e}) { redirectUrl } }"
COMPLETE = "mutation($c: String!) { completeSso(input: {code: $c}) { token errors { code } } }"


async def gql(client: httpx.AsyncClient, query: str, variables: dict, token: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    data = response.json()
    assert not data.get("errors"), data
    (payload,) = data["data"].values()
    assert not payload.get("errors"), payload
    return payload


async def sso_sign_in(base: str, email: str) -> str:
    async with httpx.AsyncClient(base_url=base) as app, httpx.AsyncClient() as idp:
        redirect = (await gql(app, START, {"e": email}))["redirectUrl"]
        url = (await app.get(redirect)).headers["location"]
        while not url.startswith(base):
            response = await idp.get(url)
            if response.status_code == 200:
                action = re.search(r'action="([^"]+)"', response.text).group(1)  # type: ignore[union-attr]
                response = await idp.post(str(httpx.URL(url).join(action)), data={"email": email, "password": "x"})
            url = str(httpx.URL(url).join(response.headers["location"]))
        landed = (await app.get(url)).headers["location"]
        code = landed.split("#code=", 1)[1]
        return (await gql(app, COMPLETE, {"c": code}))["token"]


async def password_login(base: str, email: str) -> str:
    async with httpx.AsyncClient(base_url=base) as app:
        return (await gql(app, LOGIN, {"e": email, "p": PASSWORD}))["token"]


async def main(runs: int) -> None:
    dns = Dnsmasq()
    port = free_udp_tcp_port()
    base = f"http://127.0.0.1:{port}"
    provider = OidcProvider([{**CLIENT, "redirect_uris": [f"{base}/sso/callback"]}])
    provider.start()
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(environment="test", data_dir=Path(data_dir), secret_key=secrets.token_urlsafe(48),
                            public_url=base, dns_resolver=dns.address, redis_prefix=f"bench-{uuid.uuid4().hex[:6]}")
        app = create_app(settings, apply_migrations=True)
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="on", log_level="warning"))
        task = asyncio.create_task(server.serve())
        while not server.started:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        try:
            runtime = app.state.runtime
            domain = f"bench-{uuid.uuid4().hex[:8]}.example"
            created = await create_account(runtime.deps, name="Bench SSO", owner_email=f"owner@{domain}")
            async with httpx.AsyncClient(base_url=base) as client:
                token = (await gql(client, ACCEPT, {"t": created.invitation.url(settings).rsplit("/", 1)[-1],
                                                    "p": PASSWORD}))["token"]
                account = encode_id("Account", created.account.id)
                added = await gql(client, """mutation($a: ID!, $d: String!) { addAccountDomain(input: {accountId: $a,
                    domain: $d}) { domain { id txtRecordName txtRecordValue } errors { code } } }""",
                                  {"a": account, "d": domain}, token)
                dns.publish(added["domain"]["txtRecordName"], added["domain"]["txtRecordValue"])
                await gql(client, "mutation($i: ID!) { verifyAccountDomain(input: {domainId: $i}) { errors { code } } }",
                          {"i": added["domain"]["id"]}, token)
                await gql(client, """mutation($i: ConfigureSsoInput!) { configureSso(input: $i) { errors { code } } }""",
                          {"i": {"accountId": account, "issuer": provider.issuer, "clientId": CLIENT["client_id"],
                                 "clientSecret": CLIENT["client_secret"], "autoJoin": True}}, token)
            # Warm-up: one of each (JWKS fetched, first JIT membership made).
            person = f"person@{domain}"
            await sso_sign_in(base, person)
            await password_login(base, created.owner.email)
            sso, login = [], []
            for _ in range(runs):
                started = time.perf_counter()
                await sso_sign_in(base, person)
                sso.append(time.perf_counter() - started)
                started = time.perf_counter()
                await password_login(base, created.owner.email)
                login.append(time.perf_counter() - started)
            sso_median, login_median = statistics.median(sso), statistics.median(login)
            print(f"SSO sign-in end to end (median of {runs}): {sso_median * 1000:.1f} ms "
                  f"(min {min(sso) * 1000:.1f}, max {max(sso) * 1000:.1f})")
            print(f"baseline password login (median of {runs}): {login_median * 1000:.1f} ms "
                  f"(min {min(login) * 1000:.1f}, max {max(login) * 1000:.1f})")
            print(f"ratio SSO / password login: {sso_median / login_median:.2f}")
        finally:
            server.should_exit = True
            await task
            provider.stop()
            dns.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    asyncio.run(main(parser.parse_args().runs))
