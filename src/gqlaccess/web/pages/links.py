"""The pages an e-mailed link opens: `/invite/<token>` and `/reset-password/<token>`.

Small server-rendered HTML (no build step), in the account's language, calling the same
service code as the `acceptInvitation` and `resetPassword` mutations. Forms are protected by a
double-submit token (a random value in a SameSite=Strict cookie and in a hidden field, compared
in constant time) plus a same-origin check of the Origin header when the browser sends one.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any
from urllib.parse import urlparse

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from ...models import Account, Invitation, User
from ...models.enums import AuditOutcome, InvitationKind, InvitationStatus
from ...policy.principal import ANONYMOUS
from ...services.audit import audit
from ...services.auth import authentication
from ...services.core.errors import DomainError, ErrorCode
from ...services.invitations import invitations
from ..graphql import client_ip
from .strings import CODE_MESSAGES, STRINGS

CSRF_COOKIE = "gqlaccess_csrf"
_ENV = Environment(
    loader=PackageLoader("gqlaccess", "web/pages/templates"),
    autoescape=select_autoescape(enabled_extensions=("html",)),
)
# Field names of the service errors → form fields.
_FIELDS = {"acceptTerms": "accept_terms", "acceptPrivacy": "accept_privacy", "token": None, None: None}
_STATE_STATUS = {"unknown": 404, "wrong_kind": 400, "expired": 410, "used": 410, "revoked": 410, "forbidden": 403}
_STATUS_STATES = {
    InvitationStatus.EXPIRED: "expired",
    InvitationStatus.ACCEPTED: "used",
    InvitationStatus.REVOKED: "revoked",
}
_CODE_STATES = {
    ErrorCode.INVITATION_INVALID: "unknown",
    ErrorCode.INVITATION_WRONG_KIND: "wrong_kind",
    ErrorCode.INVITATION_EXPIRED: "expired",
    ErrorCode.INVITATION_USED: "used",
    ErrorCode.INVITATION_REVOKED: "revoked",
}


class _Page:
    """Either the invitation page or the password-reset page."""

    def __init__(self, kinds: set[InvitationKind], prefix: str, *, ask_consent: bool) -> None:
        self.kinds = kinds
        self.prefix = prefix
        self.ask_consent = ask_consent

    async def __call__(self, request: Request) -> HTMLResponse:
        token = str(request.path_params.get("token", ""))
        invitation = await invitations.find(token)
        lang = await _language(invitation, request)
        state = self._state(request, invitation)
        if state is not None:
            return _render_outcome(request, lang, self.prefix, state)
        assert invitation is not None
        user = await User.get_or_none(id=invitation.user_id) if invitation.user_id else None  # type: ignore[attr-defined]
        if request.method == "GET":
            return await self._form(request, lang, invitation, user, values={"name": user.name if user else ""})
        return await self._submit(request, lang, token, invitation, user)

    def _state(self, request: Request, invitation: Invitation | None) -> str | None:
        if invitation is None:
            return "unknown"
        if invitation.kind not in self.kinds:
            return "wrong_kind"
        runtime = request.app.state.runtime
        status = invitations.effective_status(invitation, runtime.deps.now())
        return _STATUS_STATES.get(status)

    async def _form(
        self,
        request: Request,
        lang: str,
        invitation: Invitation,
        user: User | None,
        *,
        values: dict[str, Any],
        errors: dict[str, str] | None = None,
        form_error: str | None = None,
        status_code: int = 200,
    ) -> HTMLResponse:
        s = STRINGS[lang]
        csrf = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
        account = await invitations.invitation_account(invitation)
        intro = s[f"{self.prefix}_intro"].format(account=account.name if account else "")
        body = _ENV.get_template("page.html").render(
            lang=lang,
            s=s,
            state="form",
            title=s[f"{self.prefix}_title"],
            intro=intro,
            submit=s[f"{self.prefix}_submit"],
            action=request.url.path,
            email=invitation.email,
            ask_name=self.ask_consent,
            ask_consent=self.ask_consent,
            csrf_token=csrf,
            values=values,
            errors=errors or {},
            form_error=form_error,
            **_links(request.app.state.runtime.settings),
        )
        response = _html(body, status_code)
        secure = urlparse(request.app.state.runtime.settings.public_url).scheme == "https"
        response.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict", secure=secure, path="/")
        return response

    async def _submit(
        self, request: Request, lang: str, token: str, invitation: Invitation, user: User | None
    ) -> HTMLResponse:
        s = STRINGS[lang]
        form = await request.form(max_files=0, max_fields=20, max_part_size=4096)
        values = {
            "name": str(form.get("name") or ""),
            "accept_terms": form.get("accept_terms") == "yes",
            "accept_privacy": form.get("accept_privacy") == "yes",
        }
        if not _csrf_ok(request, str(form.get("csrf_token") or "")):
            return await self._form(request, lang, invitation, user, values=values,
                                    form_error=s["csrf_error"], status_code=403)
        password = str(form.get("password") or "")
        mismatch = password != str(form.get("password_confirm") or "")
        runtime = request.app.state.runtime
        try:
            # With a mismatch nothing is written, but every other error is still reported with it.
            done = await self._perform(runtime.deps, token, password, values, validate_only=mismatch)
            if mismatch:
                return await self._form(request, lang, invitation, user, values=values,
                                        errors={"password_confirm": s["mismatch"]}, status_code=400)
        except DomainError as exc:
            for error in exc.errors:  # the link itself went bad meanwhile (used in another tab...)
                if error.field == "token" and error.code in _CODE_STATES:
                    return _render_outcome(request, lang, self.prefix, _CODE_STATES[ErrorCode(error.code)])
            errors = {"password_confirm": s["mismatch"]} if mismatch else {}
            for error in exc.errors:
                field = _FIELDS.get(error.field, error.field)
                if field is not None:
                    errors.setdefault(field, CODE_MESSAGES[lang].get(str(error.code), error.message))
            await _audit(request, self.prefix, invitation, AuditOutcome.REJECTED, exc)
            return await self._form(request, lang, invitation, user, values=values, errors=errors, status_code=400)
        await _audit(request, self.prefix, invitation, AuditOutcome.ALLOWED, None, user_id=done.id)
        return _render_outcome(request, lang, self.prefix, "success", email=done.email)

    async def _perform(
        self, deps: Any, token: str, password: str, values: dict[str, Any], *, validate_only: bool
    ) -> User:
        if self.ask_consent:
            return await invitations.accept(
                deps,
                token=token,
                password=password,
                name=values["name"] or None,
                accept_terms=values["accept_terms"],
                accept_privacy=values["accept_privacy"],
                validate_only=validate_only,
            )
        return await authentication.reset_password(deps, token=token, password=password, validate_only=validate_only)


def _csrf_ok(request: Request, submitted: str) -> bool:
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not cookie or not submitted or not hmac.compare_digest(cookie.encode(), submitted.encode()):
        return False
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None  # "null" (sandboxed/opaque) is never our own form
    own = f"{request.url.scheme}://{request.url.netloc}"
    public = request.app.state.runtime.settings.public_url.rstrip("/")
    return origin in (own, public)


async def _language(invitation: Invitation | None, request: Request) -> str:
    if invitation is not None:
        if invitation.account_id is not None:  # type: ignore[attr-defined]
            account = await Account.get_or_none(id=invitation.account_id)  # type: ignore[attr-defined]
            if account is not None:
                return str(account.language)
        if invitation.user_id is not None:  # type: ignore[attr-defined]
            return await invitations.language_for_user(invitation.user_id)  # type: ignore[attr-defined]
    accepted = request.headers.get("accept-language", "").lower()
    return "fr" if accepted.startswith("fr") else "en"


def _links(settings: Any) -> dict[str, str | None]:
    """Where the consent texts and the application live (GQLACCESS_TERMS_URL, _PRIVACY_URL, _APP_URL)."""
    return {
        "terms_url": settings.terms_url, "terms_version": settings.terms_version,
        "privacy_url": settings.privacy_url, "privacy_version": settings.privacy_version,
        "app_url": settings.app_url,
    }


def _render_outcome(request: Request, lang: str, prefix: str, state: str, *, email: str = "") -> HTMLResponse:
    s = STRINGS[lang]
    message = s[f"{prefix}_success"].format(email=email) if state == "success" else s[f"state_{state}"]
    body = _ENV.get_template("page.html").render(
        lang=lang, s=s, state=state, title=s[f"{prefix}_title"], message=message,
        **_links(request.app.state.runtime.settings),
    )
    return _html(body, _STATE_STATUS.get(state, 200))


def _html(body: str, status_code: int) -> HTMLResponse:
    return HTMLResponse(
        body,
        status_code=status_code,
        headers={
            "Cache-Control": "no-store",
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "same-origin",  # the token is in the URL: never to another site
        },
    )


async def _audit(
    request: Request, prefix: str, invitation: Invitation, outcome: AuditOutcome, error: DomainError | None,
    user_id: Any = None,
) -> None:
    action = "auth.accept_invitation" if prefix == "invite" else "auth.reset_password"
    await audit.record(
        ANONYMOUS,
        action,
        outcome,
        account_id=invitation.account_id,  # type: ignore[attr-defined]
        target_type="User",
        target_id=str(user_id or invitation.user_id),  # type: ignore[attr-defined]
        reason=",".join(str(e.code) for e in error.errors) if error else None,
        ip=client_ip(request),
        details={"via": "page"},
    )


invite_page = _Page(invitations.ACCEPTABLE_KINDS, "invite", ask_consent=True)
reset_password_page = _Page({InvitationKind.PASSWORD_RESET}, "reset", ask_consent=False)



async def invite(request: Request) -> HTMLResponse:
    return await invite_page(request)


async def reset_password(request: Request) -> HTMLResponse:
    return await reset_password_page(request)


routes = [
    Route("/invite/{token}", invite, methods=["GET", "POST"]),
    Route("/reset-password/{token}", reset_password, methods=["GET", "POST"]),
]
