"""The outside systems single sign-on talks to, run for real on loopback.

- `Dnsmasq`: Debian's dnsmasq serving TXT records (`apt-get install -y dnsmasq-base`);
  restarted with other records to make one disappear.
- `OidcProvider`: `oidc-provider` (npm, OpenID-certified) from tests/sso/provider (npm ci).
- `RogueProvider`: our own discovery + JWKS + token endpoint serving ID tokens minted with
  test keys, to make a provider misbehave in ways oidc-provider never would (testing our
  validator, not mocking our code).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

PROVIDER_DIR = Path(__file__).parent / "provider"
DNSMASQ = shutil.which("dnsmasq") or "/usr/sbin/dnsmasq"


def free_udp_tcp_port() -> int:
    """A port free for both UDP and TCP on 127.0.0.1 (DNS uses both)."""
    for _ in range(50):
        with socket.socket() as tcp:
            tcp.bind(("127.0.0.1", 0))
            port = int(tcp.getsockname()[1])
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                try:
                    udp.bind(("127.0.0.1", port))
                except OSError:
                    continue
            return port
    raise RuntimeError("no free port")


def _wait_port(port: int, proto: int = socket.SOCK_STREAM, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket(socket.AF_INET, proto) as sock:
            try:
                sock.connect(("127.0.0.1", port))
                return
            except OSError:
                time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


class Dnsmasq:
    def __init__(self) -> None:
        self.port = free_udp_tcp_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.records: dict[str, str] = {}
        self.local_domains: set[str] = set()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def serve(self) -> None:
        """(Re)starts dnsmasq with exactly `records`. Names under `local_domains` without a record
        answer NXDOMAIN; any other name is REFUSED (no upstream), which reads as an outage."""
        self.stop()
        args = [DNSMASQ, "--no-daemon", f"--port={self.port}", "--no-resolv", "--no-hosts",
                "--listen-address=127.0.0.1", "--bind-interfaces", "--cache-size=0"]
        args += [f"--txt-record={name},{value}" for name, value in self.records.items()]
        args += [f"--local=/{domain}/" for domain in self.local_domains]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_port(self.port)

    def publish(self, name: str, value: str) -> None:
        self.records[name] = value
        self.local_domains.add(name.split(".", 1)[1])
        self.serve()

    def withdraw(self, name: str) -> None:
        self.records.pop(name, None)
        self.serve()

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


class OidcProvider:
    """oidc-provider in node; every client registered with both redirect URIs given."""

    def __init__(self, clients: list[dict[str, Any]]) -> None:
        self.port = free_udp_tcp_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        self.clients = clients
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        if not (PROVIDER_DIR / "node_modules" / "oidc-provider").exists():
            subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=PROVIDER_DIR, check=True,
                           stdout=subprocess.DEVNULL)
        env = {**os.environ, "PORT": str(self.port), "CLIENTS": json.dumps(self.clients)}
        self.process = subprocess.Popen(["node", "provider.mjs"], cwd=PROVIDER_DIR, env=env,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert self.process.stdout is not None
        line = self.process.stdout.readline().decode()
        if not line.startswith("READY"):
            raise RuntimeError(f"oidc-provider did not start: {line!r}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)


@dataclass
class RogueProvider:
    """A provider whose token endpoint returns whatever ID token the test queued."""

    port: int = field(default_factory=free_udp_tcp_port)
    keys: list[RSAKey] = field(default_factory=list)
    published: list[RSAKey] = field(default_factory=list)
    queued: list[str] = field(default_factory=list)
    token_requests: list[dict[str, str]] = field(default_factory=list)
    server: uvicorn.Server | None = None
    task: asyncio.Task[Any] | None = None

    @property
    def issuer(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def new_key(self, *, publish: bool = True) -> RSAKey:
        key = RSAKey.generate_key(2048, parameters={"kid": f"rogue-{uuid.uuid4().hex[:8]}", "use": "sig", "alg": "RS256"})
        self.keys.append(key)
        if publish:
            self.published.append(key)
        return key

    def mint(self, claims: dict[str, Any], *, key: RSAKey | None = None, header: dict[str, Any] | None = None) -> str:
        key = key or self.published[0]
        return jwt.encode({"alg": "RS256", "kid": key.kid, **(header or {})}, claims, key)

    def claims(self, *, client_id: str, nonce: str | None, email: str, **extra: Any) -> dict[str, Any]:
        now = int(time.time())
        base: dict[str, Any] = {"iss": self.issuer, "aud": client_id, "sub": f"rogue-{email}", "iat": now,
                                "exp": now + 300, "email": email, "email_verified": True}
        if nonce is not None:
            base["nonce"] = nonce
        base.update(extra)
        return {k: v for k, v in base.items() if v is not None}

    def app(self) -> Starlette:
        async def discovery(request: Request) -> JSONResponse:
            return JSONResponse({
                "issuer": self.issuer, "authorization_endpoint": f"{self.issuer}/authorize",
                "token_endpoint": f"{self.issuer}/token", "jwks_uri": f"{self.issuer}/jwks",
                "response_types_supported": ["code"], "code_challenge_methods_supported": ["S256"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "token_endpoint_auth_methods_supported": ["client_secret_basic"],
            })

        async def jwks(request: Request) -> JSONResponse:
            return JSONResponse(KeySet(list(self.published)).as_dict(private=False))

        async def token(request: Request) -> JSONResponse:
            form = dict(await request.form())
            self.token_requests.append({k: str(v) for k, v in form.items()})
            if form.get("code", "").startswith("gqlaccess-probe-"):
                return JSONResponse({"error": "invalid_grant"}, status_code=400)
            if not self.queued:
                return JSONResponse({"error": "invalid_grant"}, status_code=400)
            return JSONResponse({"access_token": "at", "token_type": "Bearer", "expires_in": 60,
                                 "id_token": self.queued.pop(0)})

        return Starlette(routes=[
            Route("/.well-known/openid-configuration", discovery), Route("/jwks", jwks),
            Route("/token", token, methods=["POST"]),
        ])

    async def start(self) -> None:
        self.new_key()
        self.server = uvicorn.Server(uvicorn.Config(self.app(), host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="off"))
        self.task = asyncio.create_task(self.server.serve())
        while not self.server.started:  # noqa: ASYNC110  (uvicorn offers no event to wait on)
            await asyncio.sleep(0.02)

    async def stop(self) -> None:
        if self.server is not None and self.task is not None:
            self.server.should_exit = True
            await self.task
