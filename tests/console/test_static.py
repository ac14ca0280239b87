"""The console's page and modules as the server sends them: types, cache headers, no CDN."""

from __future__ import annotations

import re

from gqlaccess.console.routes import bundle


async def test_page_and_modules_are_served_with_types_and_cache_headers(http):
    page = await http.get("/console")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["cache-control"] == "no-cache"
    assert "script-src 'self' 'sha256-" in page.headers["content-security-policy"]
    digest = bundle().digest
    assert f"/console/static/{digest}/js/main.js" in page.text
    # Every URL the page names is on this origin: nothing from a CDN.
    assert not re.search(r'(src|href)="https?://', page.text)
    assert "https://" not in re.search(r'<script type="importmap">(.*?)</script>', page.text, re.S).group(1)

    deep = await http.get("/console/anything/below")
    assert deep.status_code == 200 and deep.text == page.text

    module = await http.get(f"/console/static/{digest}/js/main.js")
    assert module.status_code == 200
    assert module.headers["content-type"] == "text/javascript; charset=utf-8"
    assert "immutable" in module.headers["cache-control"]
    css = await http.get(f"/console/static/{digest}/console.css")
    assert css.headers["content-type"] == "text/css; charset=utf-8"
    vendor = await http.get(f"/console/static/{digest}/vendor/preact/preact.module.js")
    assert vendor.status_code == 200 and "immutable" in vendor.headers["cache-control"]

    stale = await http.get("/console/static/0000000000000000/js/main.js")
    assert stale.status_code == 200 and stale.headers["cache-control"] == "no-cache"


async def test_static_paths_stay_inside_the_package(http):
    digest = bundle().digest
    for path in ("missing.js", "vendor/preact/LICENSE", "%2e%2e/routes.py", "js/%2e%2e/%2e%2e/routes.py"):
        response = await http.get(f"/console/static/{digest}/{path}")
        assert response.status_code == 404, path
    # A client that normalises dots gets the page (a deep link), never a file outside static/.
    response = await http.get(f"/console/static/{digest}/../../routes.py")
    assert "from __future__" not in response.text


def test_every_module_the_page_imports_exists():
    files = bundle().files
    for name, body in files.items():
        if not name.endswith(".js") or name.startswith("vendor/"):
            continue
        for target in re.findall(r'from "(\.[^"]+)"', body.decode()):
            resolved = (name.rsplit("/", 1)[0] + "/" + target).split("/")
            parts: list[str] = []
            for part in resolved:
                if part == "..":
                    parts.pop()
                elif part != ".":
                    parts.append(part)
            assert "/".join(parts) in files, f"{name} imports {target}"


def _dictionaries() -> dict[str, set[str]]:
    source = bundle().files["js/i18n.js"].decode()
    en = source[source.index("  en: {"):source.index("  fr: {")]
    fr = source[source.index("  fr: {"):source.index("\n};")]
    return {name: set(re.findall(r'^    "([\w.]+)":', block, re.M)) for name, block in (("en", en), ("fr", fr))}


def test_every_text_exists_in_english_and_french():
    dictionaries = _dictionaries()
    assert dictionaries["en"] == dictionaries["fr"], dictionaries["en"] ^ dictionaries["fr"]
    used: set[str] = set()
    for name, body in bundle().files.items():
        if name.startswith("js/"):
            used |= set(re.findall(r'\bt\("([\w.]+)"[,)]', body.decode()))
    assert used - dictionaries["en"] == set()
