"""Starlette routes of the console: the page at /console (and any path under it, for deep links)
and its static files under /console/static/<digest>/.

The digest is a hash of every static file, computed once at start: a release changes the URL of
every module, so modules are served `immutable` for a year while the page itself is `no-cache`.
A request with an older digest (a page loaded before an upgrade) is still answered, uncached.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

STATIC = Path(__file__).parent / "static"
CONTENT_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
}
IMMUTABLE = "public, max-age=31536000, immutable"
_IMPORT_MAP = re.compile(r'<script type="importmap">(.*?)</script>', re.S)


@dataclass(frozen=True)
class Bundle:
    digest: str
    files: dict[str, bytes]  # relative posix path -> bytes (served types only)
    page: str  # index.html with the digest filled in
    csp: str


@cache
def bundle() -> Bundle:
    files: dict[str, bytes] = {}
    hasher = hashlib.sha256()
    for path in sorted(STATIC.rglob("*")):
        if path.is_file() and path.suffix in CONTENT_TYPES:
            relative = path.relative_to(STATIC).as_posix()
            files[relative] = path.read_bytes()
            hasher.update(relative.encode() + b"\0" + files[relative])
    digest = hasher.hexdigest()[:16]
    page = files["index.html"].decode().replace("{{static}}", f"/console/static/{digest}")
    match = _IMPORT_MAP.search(page)
    import_map_hash = base64.b64encode(hashlib.sha256(match.group(1).encode()).digest()).decode() if match else ""
    csp = (
        "default-src 'self'; "
        f"script-src 'self' 'sha256-{import_map_hash}'; "
        "style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"
    )
    return Bundle(digest=digest, files=files, page=page, csp=csp)


async def page(request: Request) -> Response:
    current = bundle()
    return HTMLResponse(current.page, headers={
        "Cache-Control": "no-cache",
        "Content-Security-Policy": current.csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    })


async def static(request: Request) -> Response:
    current = bundle()
    relative = PurePosixPath(request.path_params["path"])
    if relative.is_absolute() or ".." in relative.parts or relative.as_posix() not in current.files:
        return Response("Not found", status_code=404, media_type="text/plain")
    body = current.files[relative.as_posix()]
    fresh = request.path_params["digest"] == current.digest
    return Response(body, media_type=CONTENT_TYPES[relative.suffix], headers={
        "Cache-Control": IMMUTABLE if fresh else "no-cache",
        "X-Content-Type-Options": "nosniff",
    })


routes = [
    Route("/console", page, methods=["GET", "HEAD"]),
    Route("/console/static/{digest}/{path:path}", static, methods=["GET", "HEAD"]),
    Route("/console/{rest:path}", page, methods=["GET", "HEAD"]),
]
