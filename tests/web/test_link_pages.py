"""The pages e-mailed links open, over HTTP: states, language, CSRF, same service as the mutations."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

from gqlaccess.models import Invitation, User
from gqlaccess.models.enums import InvitationKind, InvitationStatus
from gqlaccess.security.passwords import hash_password
from gqlaccess.services.accounts import accounts
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.core.deps import Deps
from gqlaccess.services.invitations import invitations

from ..support.factories import LOGIN, PASSWORD

STRONG = "Violet-Harbour-Lantern-73"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


async def _invite(runtime, language: str = "en", hours_ago: float = 0):  # type: ignore[no-untyped-def]
    then = utcnow() - timedelta(hours=hours_ago)
    deps = Deps(settings=runtime.settings, queue=runtime.deps.queue, now=lambda: then)
    email = f"page-{uuid.uuid4().hex[:10]}@example.com"
    created = await accounts.create_account(deps, name=f"Page {language}", owner_email=email, language=language)
    return created, _path(created.invitation.url(runtime.settings))


async def _reset_link(runtime, hours_ago: float = 0):  # type: ignore[no-untyped-def]
    user = await User.create(
        email=f"reset-{uuid.uuid4().hex[:10]}@example.com", name="Reset Me", activated_at=utcnow(),
        password_hash=await hash_password(PASSWORD, runtime.settings.argon2),
    )
    then = utcnow() - timedelta(hours=hours_ago)
    deps = Deps(settings=runtime.settings, queue=runtime.deps.queue, now=lambda: then)
    issued = await invitations.issue(deps, InvitationKind.PASSWORD_RESET, email=user.email, user_id=user.id)
    return user, _path(issued.url(runtime.settings))


async def _form(http, path: str) -> str:  # type: ignore[no-untyped-def]
    page = await http.get(path)
    assert page.status_code == 200, page.text
    return CSRF.search(page.text).group(1)


def _accept_form(csrf: str, password: str = STRONG, **extra: str) -> dict[str, str]:
    return {"csrf_token": csrf, "password": password, "password_confirm": password,
            "accept_terms": "yes", "accept_privacy": "yes", **extra}


async def test_invite_page_in_account_language_then_accept_once(http, gql, runtime):
    created, path = await _invite(runtime, "fr")
    page = await http.get(path)
    assert page.status_code == 200
    assert '<html lang="fr">' in page.text and "Activer votre accès" in page.text
    assert created.owner.email in page.text
    assert 'for="password"' in page.text and 'id="password"' in page.text  # labelled fields
    assert "gqlaccess_csrf" in page.headers["set-cookie"] and "samesite=strict" in page.headers["set-cookie"].lower()
    csrf = CSRF.search(page.text).group(1)
    done = await http.post(path, data=_accept_form(csrf))
    assert done.status_code == 200 and 'data-outcome="success"' in done.text and "Votre accès est activé" in done.text
    login = await gql.mutate(LOGIN, {"email": created.owner.email, "password": STRONG})
    assert login["token"]
    used = await http.get(path)
    assert used.status_code == 410 and 'data-outcome="used"' in used.text and "déjà été utilisé" in used.text


async def test_validation_errors_are_shown_and_nothing_is_written(http, runtime):
    created, path = await _invite(runtime, "en")
    csrf = await _form(http, path)
    weak = await http.post(path, data=_accept_form(csrf, "password123"))
    assert weak.status_code == 400 and 'aria-invalid="true"' in weak.text and "too easy to guess" in weak.text
    no_terms = await http.post(path, data={"csrf_token": csrf, "password": STRONG, "password_confirm": STRONG})
    assert "Accept the terms of use" in no_terms.text and "Accept the privacy policy" in no_terms.text
    mismatch = await http.post(path, data={**_accept_form(csrf), "password_confirm": STRONG + "x"})
    assert mismatch.status_code == 400 and "not the same" in mismatch.text
    invitation = await Invitation.get(id=created.invitation.invitation.id)
    assert invitation.status == InvitationStatus.PENDING
    assert (await User.get(id=created.owner.id)).activated_at is None


async def test_csrf_token_and_origin_are_checked(http, runtime):
    created, path = await _invite(runtime)
    csrf = await _form(http, path)
    forged = await http.post(path, data=_accept_form("x" * 43), cookies={"gqlaccess_csrf": csrf})
    assert forged.status_code == 403
    foreign = await http.post(path, data=_accept_form(csrf), headers={"Origin": "https://evil.example"})
    assert foreign.status_code == 403
    http.cookies.clear()
    no_cookie = await http.post(path, data=_accept_form(csrf))
    assert no_cookie.status_code == 403 and "expired" in no_cookie.text
    assert (await Invitation.get(id=created.invitation.invitation.id)).status == InvitationStatus.PENDING


async def test_unknown_expired_revoked_and_wrong_kind_links(http, runtime):
    unknown = await http.get("/invite/gqi_" + "A" * 43)
    assert unknown.status_code == 404 and 'data-outcome="unknown"' in unknown.text
    garbage = await http.get("/invite/%3Cscript%3E")
    assert garbage.status_code == 404 and "<script>" not in garbage.text
    _, expired = await _invite(runtime, "fr", hours_ago=49)
    page = await http.get(expired)
    assert page.status_code == 410 and 'data-outcome="expired"' in page.text and "a expiré" in page.text
    created, revoked = await _invite(runtime)
    await invitations.reissue(runtime.deps, created.invitation.invitation)
    page = await http.get(revoked)
    assert page.status_code == 410 and 'data-outcome="revoked"' in page.text
    _, reset = await _reset_link(runtime)
    wrong = await http.get(reset.replace("/reset-password/", "/invite/"))
    assert wrong.status_code == 400 and 'data-outcome="wrong_kind"' in wrong.text
    _, invite = await _invite(runtime)
    wrong = await http.get(invite.replace("/invite/", "/reset-password/"))
    assert wrong.status_code == 400 and 'data-outcome="wrong_kind"' in wrong.text


async def test_reset_password_page(http, gql, runtime):
    user, path = await _reset_link(runtime)
    page = await http.get(path)
    assert page.status_code == 200 and "Choose a new password" in page.text and "accept_terms" not in page.text
    csrf = CSRF.search(page.text).group(1)
    done = await http.post(path, data={"csrf_token": csrf, "password": STRONG, "password_confirm": STRONG})
    assert done.status_code == 200 and 'data-outcome="success"' in done.text
    assert (await gql.mutate(LOGIN, {"email": user.email, "password": STRONG}))["token"]
    assert (await http.get(path)).status_code == 410
    _, expired = await _reset_link(runtime, hours_ago=2)
    assert 'data-outcome="expired"' in (await http.get(expired)).text
