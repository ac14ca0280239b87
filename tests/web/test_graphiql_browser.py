"""GraphiQL served entirely by the service, in headless Chromium with every request that would
leave the machine aborted (a host without internet)."""

from __future__ import annotations

import json

from ..support.browser import needs_chromium, offline
from ..support.factories import make_tenant

pytestmark = needs_chromium


async def _set_editor(page, selector: str, text: str) -> None:  # type: ignore[no-untyped-def]
    # GraphiQL 3 edits with CodeMirror 5: its instance hangs on the editor's element.
    await page.eval_on_selector(f"{selector} .CodeMirror", "(el, text) => el.CodeMirror.setValue(text)", text)


async def test_graphiql_works_offline_and_runs_me_with_a_bearer_header(browser, live_url, gql, runtime):
    tenant = await make_tenant(gql, runtime)
    context = await browser.new_context()
    aborted = await offline(context)
    page = await context.new_page()
    await page.goto(live_url + "/graphql")

    # The docs explorer lists the root types (the schema came through introspection).
    await page.get_by_label("Show Documentation Explorer").click()
    docs = page.locator(".graphiql-doc-explorer")
    await docs.get_by_text("Query", exact=True).first.wait_for()
    assert "Mutation" in await docs.inner_text()
    await page.get_by_label("Show GraphiQL Explorer").click()  # the explorer plugin is there too
    await page.locator(".graphiql-explorer-root, .docExplorerWrap").first.wait_for()

    await _set_editor(page, ".graphiql-query-editor", "{ me { email } }")
    await page.get_by_role("button", name="Headers").click()
    await _set_editor(page, ".graphiql-editor-tool .graphiql-editor:not(.hidden)",
                      json.dumps({"Authorization": f"Bearer {tenant.owner_token}"}))
    await page.get_by_label("Execute query (Ctrl-Enter)").click()
    result = page.locator(".result-window")
    await result.get_by_text(tenant.owner_email).wait_for()
    assert json.loads(await page.eval_on_selector(".result-window .CodeMirror", "el => el.CodeMirror.getValue()")) == {
        "data": {"me": {"email": tenant.owner_email}}
    }
    assert aborted == []  # nothing was even attempted outside the machine
    await context.close()


async def test_the_page_names_no_other_host(http):
    page = await http.get("/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200
    assert "unpkg" not in page.text and "https://" not in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    script = await http.get("/graphiql-static/graphiql.min.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith(("text/javascript", "application/javascript"))


async def test_graphiql_reloads_with_its_url_state(http):
    """GraphiQL keeps the editor in `?query`-less URL parameters; a reload must open the IDE again."""
    page = await http.get("/graphql", params={"q": "{ me { email } }", "variables": "{}"},
                          headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert page.status_code == 200 and "graphiql.min.js" in page.text


async def test_no_ide_and_no_assets_when_graphiql_is_off(settings):
    """Production turns GraphiQL off (GQLACCESS_GRAPHIQL=0 too): neither the page nor its files."""
    import httpx

    from gqlaccess.web.app import create_app

    app = create_app(settings.with_overrides(graphiql=False), apply_migrations=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        asset = await client.get("/graphiql-static/graphiql.min.js")
    assert asset.status_code == 404
