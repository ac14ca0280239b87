"""The browser's side of single sign-on (issue 19; services/sso/flows.py has the steps).

GET /sso/start/<handle>  binds the sign-in to the browser (HttpOnly cookie) and redirects to the
                         identity provider, or back to the app (#error=SSO_UNAVAILABLE).
GET /sso/callback        the provider's redirect: every check, then the app gets a one-time code
                         in the URL fragment (#code=...), never a session token in a URL.
GET /sso/complete        a minimal page of the app's own (GQLACCESS_SSO_COMPLETE_URL replaces it
                         with the SPA's): it exchanges the code through `completeSso`.
A refused callback is audited (`sso.callback`, DENIED, with the reason) and shown as a page.
"""

from __future__ import annotations

import html
import secrets
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from ..models.enums import AuditOutcome
from ..services.sso import flows
from .graphql import client_ip

_PRIVATE = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff"}
_MESSAGES = {
    "JOIN_NOT_ALLOWED": "You are not a member of this account yet. Ask your administrator to add you.",
    "DOMAIN_NOT_VERIFIED": "Your e-mail's domain is not verified by this account: single sign-on cannot sign you in.",
    "EMAIL_NOT_VERIFIED": "Your identity provider has not verified your e-mail address.",
    "MEMBERSHIP_INACTIVE": "Your access to this account is inactive. Ask your administrator.",
}


def _runtime(request: Request):  # type: ignore[no-untyped-def]
    return request.app.state.runtime


def _page(title: str, body: str, *, status: int = 200, nonce: str | None = None) -> HTMLResponse:
    csp = "default-src 'none'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'"
    if nonce:
        csp += f"; script-src 'nonce-{nonce}'"
    return HTMLResponse(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"></head>'
        f'<body style="font-family: sans-serif; max-width: 32rem; margin: 3rem auto">{body}</body></html>',
        status_code=status, headers={**_PRIVATE, "Content-Security-Policy": csp},
    )


async def start(request: Request) -> Response:
    runtime = _runtime(request)
    begun = await flows.begin(runtime.deps, request.path_params["handle"])
    if begun is None:
        return RedirectResponse(flows.complete_url(runtime.deps) + "#error=SSO_UNAVAILABLE", 303, headers=_PRIVATE)
    response = RedirectResponse(begun.authorization_url, 303, headers=_PRIVATE)
    response.set_cookie(
        flows.COOKIE, begun.browser_secret, max_age=runtime.settings.sso_state_ttl_seconds, path="/sso",
        httponly=True, samesite="lax", secure=runtime.settings.public_url.startswith("https://"),
    )
    return response


async def callback(request: Request) -> Response:
    runtime = _runtime(request)
    params = request.query_params
    ip = client_ip(request)
    try:
        result = await flows.callback(
            runtime.deps, state=params.get("state"), code=params.get("code"), error=params.get("error"),
            browser_secret=request.cookies.get(flows.COOKIE), ip=ip, issuer=params.get("iss"),
        )
    except flows.SignInRefused as refused:
        await flows.audit_callback(AuditOutcome.DENIED, reason=refused.reason, account_id=refused.account_id,
                                   user_id=refused.user_id, ip=ip, details=refused.details)
        message = _MESSAGES.get(refused.reason, "The sign-in could not be completed. Start again from the sign-in page.")
        response: Response = _page(
            "Sign-in refused",
            f"<h1>Sign-in refused</h1><p role=\"alert\">{html.escape(message)}</p>"
            f"<p>Reason: <code id=\"reason\">{html.escape(refused.reason)}</code></p>",
            status=403 if refused.reason in _MESSAGES else 400,
        )
        response.delete_cookie(flows.COOKIE, path="/sso")
        return response
    if result.test_checks is not None:
        rows = "".join(
            f'<li data-check="{html.escape(n)}">{"✔" if ok else "✘"} {html.escape(n)}: {html.escape(d)}</li>'
            for n, ok, d in result.test_checks
        )
        await flows.audit_callback(AuditOutcome.ALLOWED, reason="TEST", account_id=result.account_id, user_id=None, ip=ip)
        response = _page("Single sign-on test", f"<h1>Single sign-on test</h1><ul id=\"checks\">{rows}</ul>"
                         "<p>Nobody was signed in or linked.</p>")
        response.delete_cookie(flows.COOKIE, path="/sso")
        return response
    await flows.audit_callback(AuditOutcome.ALLOWED, reason="CODE_ISSUED", account_id=result.account_id,
                               user_id=result.user_id, ip=ip)
    fragment = {"code": result.code, **({"password": "1"} if result.needs_password else {})}
    response = RedirectResponse(flows.complete_url(runtime.deps) + "#" + urlencode(fragment), 303, headers=_PRIVATE)
    response.delete_cookie(flows.COOKIE, path="/sso")
    return response


_COMPLETE_SCRIPT = """
const params = new URLSearchParams(location.hash.slice(1));
history.replaceState(null, "", location.pathname);
const status = document.getElementById("status");
const form = document.getElementById("password-form");
const MUTATION = `mutation($code: String!, $password: String) {
  completeSso(input: {code: $code, password: $password}) {
    token expiresAt joined user { email } errors { code message }
  }
}`;
async function complete(code, password) {
  const response = await fetch("/graphql", {
    method: "POST", headers: {"Content-Type": "application/json", "Accept": "application/json"},
    body: JSON.stringify({query: MUTATION, variables: {code, password}}),
  });
  const payload = (await response.json()).data.completeSso;
  if (payload.errors.length) { status.textContent = payload.errors[0].message; status.dataset.code = payload.errors[0].code; return; }
  sessionStorage.setItem("gqlaccess_token", payload.token);
  status.textContent = "Signed in as " + payload.user.email;
  status.dataset.code = "SIGNED_IN";
}
if (params.get("error")) {
  status.textContent = "Single sign-on is not available for this address: sign in with your password.";
  status.dataset.code = params.get("error");
} else if (params.get("password") === "1") {
  form.hidden = false;
  status.textContent = "You already have a password here: enter it once to link your organisation's sign-in.";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    complete(params.get("code"), document.getElementById("password").value);
  });
} else if (params.get("code")) {
  complete(params.get("code"), null);
}
"""


async def complete_page(request: Request) -> Response:
    nonce = secrets.token_urlsafe(16)
    return _page(
        "Signing in",
        '<h1>Single sign-on</h1><p id="status" role="status">Signing you in…</p>'
        '<form id="password-form" hidden><label for="password">Password</label> '
        '<input id="password" type="password" autocomplete="current-password"> <button>Link and sign in</button></form>'
        f'<script nonce="{nonce}">{_COMPLETE_SCRIPT}</script>',
        nonce=nonce,
    )


ROUTES = [
    Route("/sso/start/{handle}", start, methods=["GET"]),
    Route("/sso/callback", callback, methods=["GET"]),
    Route("/sso/complete", complete_page, methods=["GET"]),
]
