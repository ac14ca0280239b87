"""GraphiQL served entirely by the service: the page and its vendored scripts and styles.

`static/` holds React, ReactDOM, GraphiQL and the explorer plugin, vendored from the npm
registry by `scripts/vendor_graphiql.py` (licences beside them, versions in VERSIONS.txt), so the
IDE works on a machine without internet. The page's Content-Security-Policy allows nothing but
this origin: a CDN reference slipping back in fails loudly in the browser.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from starlette.responses import HTMLResponse
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

STATIC_PATH = "/graphiql-static"
STATIC_DIR = Path(str(files("gqlaccess.web.graphiql") / "static"))
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)


@cache
def page_html() -> str:
    return (Path(str(files("gqlaccess.web.graphiql"))) / "graphiql.html").read_text(encoding="utf-8")


def page() -> HTMLResponse:
    return HTMLResponse(
        page_html(),
        headers={"content-security-policy": CONTENT_SECURITY_POLICY, "x-content-type-options": "nosniff",
                 "cache-control": "no-cache"},
    )


routes = [Mount(STATIC_PATH, StaticFiles(directory=STATIC_DIR), name="graphiql-static")]
