"""The integrator pages run: every named GraphQL document and Python snippet in docs/integrators
and in README.md's quick start.

A block is named after its language (```graphql login). Each scenario below executes the blocks
of one page against the real app; a block no scenario executed fails the suite.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from pathlib import Path

import pyotp
import pytest

from gqlaccess.graphql.ids import encode_id
from gqlaccess.services.accounts import account_policies, accounts

from .support.factories import ACCEPT, PASSWORD, add_member, invitation_token, make_tenant
from .support.integrator import emit, invite_user, make_api_token
from .support.receiver import Receiver

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "integrators"
README = ROOT / "README.md"  # its quick start too
_BLOCK = re.compile(r"^```(graphql|python) ([\w-]+)\n(.*?)^```", re.S | re.M)
EXECUTED: set[str] = set()


def blocks() -> dict[str, str]:
    found: dict[str, str] = {}
    for page in [README, *sorted(DOCS.glob("*.md"))]:
        for _language, name, body in _BLOCK.findall(page.read_text()):
            assert name not in found, f"block name {name!r} used twice"
            found[name] = body
    return found


def doc(name: str) -> str:
    EXECUTED.add(name)
    return blocks()[name]


async def test_spa_login_and_account_switching(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    second = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, second, "marketing")
    from gqlaccess.models import Membership, User
    from gqlaccess.services.roles.roles import predefined_role_id

    user = await User.get(email=email)
    await Membership.create(account_id=tenant.account_id, user_id=user.id, role_id=predefined_role_id("team_lead"))
    login = await gql.mutate(doc("login"), {"email": email, "password": PASSWORD})
    assert login["requiresTotpEnrollment"] is False
    token = login["token"]
    me = (await gql.ok(doc("me"), token=token))["me"]
    reachable = {m["account"]["id"]: m["role"]["name"] for m in me["memberships"]}
    assert reachable == {tenant.gid: "Team lead", second.gid: "Marketing"}
    assert {a["id"] for a in (await gql.ok(doc("accounts"), token=token))["accounts"]} == set(reachable)
    levels = {}
    for account_id in reachable:
        account = (await gql.ok(doc("account-switch"), {"accountId": account_id}, token=token))["account"]
        levels[account_id] = {c["capability"]: c["level"] for c in account["viewerCapabilities"]}
    assert levels[tenant.gid]["USERS"] == "MANAGE" and levels[second.gid]["USERS"] == "NONE"
    decision = (await gql.ok(doc("check-access"), {"accountId": second.gid}, token=token))["checkAccess"]
    assert decision == {"allowed": False, "reason": "INSUFFICIENT_ROLE"}
    # An account requiring 2FA: the login says so, and enrolment lifts the limit.
    await account_policies.update(tenant.account_id, require_two_factor=True)
    limited = await gql.mutate(doc("login"), {"email": email, "password": PASSWORD})
    assert limited["requiresTotpEnrollment"] is True
    body = await gql.execute(doc("account-switch"), {"accountId": tenant.gid}, token=limited["token"])
    assert body["data"]["account"]["viewerCapabilities"][0]["level"] == "NONE"
    enrol = await gql.mutate("mutation { enrollTotp { secret errors { code } } }", token=limited["token"])
    await gql.mutate("mutation($c: String!) { confirmTotp(input: {code: $c}) { errors { code } } }",
                     {"c": pyotp.TOTP(enrol["secret"]).now()}, token=limited["token"])
    assert (await gql.ok(doc("check-access"), {"accountId": tenant.gid}, token=limited["token"]))["checkAccess"]["allowed"]
    # Refresh: a new pair, the spent refresh token is refused (and ends that session), devices listed.
    renewed = await gql.mutate(doc("refresh"), {"refreshToken": login["refreshToken"]})
    assert renewed["token"] != token and renewed["refreshToken"] != login["refreshToken"]
    assert await gql.error_code(doc("me"), token=token) == "UNAUTHENTICATED"  # replaced
    token = renewed["token"]
    devices = (await gql.ok(doc("my-sessions"), token=token))["mySessions"]
    assert [d["current"] for d in devices].count(True) == 1 and len(devices) >= 2
    other = next(d for d in devices if not d["current"])
    assert (await gql.mutate(doc("revoke-session"), {"sessionId": other["id"]}, token=token))["revokedSessionId"]
    assert await gql.error_code(doc("revoke-session"), {"sessionId": other["id"]}, token=token) == "NOT_FOUND"
    assert (await gql.mutate(doc("logout"), token=token))["ok"] is True
    assert await gql.error_code(doc("me"), token=token) == "UNAUTHENTICATED"  # the token is dead
    assert await gql.error_code(doc("account-switch"), {"accountId": second.gid}, token=token) == "UNAUTHENTICATED"


async def test_integrator_with_an_api_token(gql, runtime, http):
    tenant = await make_tenant(gql, runtime)
    token = await make_api_token(tenant, "admin")
    account = (await gql.ok(doc("token-account"), {"accountId": tenant.gid}, token=token))["account"]
    assert {c["capability"]: c["level"] for c in account["viewerCapabilities"]}["AUDIT_LOG"] == "MANAGE"
    checks = (await gql.ok(doc("token-check-accesses"), {"accountId": tenant.gid}, token=token))["checkAccesses"]
    assert checks == [{"allowed": True, "reason": "ALLOWED"}] * 2
    scope = (await gql.ok(doc("token-accessible-scope"), {"accountId": tenant.gid}, token=token))["accessibleScope"]
    assert scope["allowed"] and scope["allApps"] and scope["allMediaSources"] and scope["allGeos"]
    await invite_user(runtime, tenant)
    pending = (await gql.ok(doc("token-invitations"), {"accountId": tenant.gid}, token=token))["invitations"]
    assert pending["totalCount"] == 1 and pending["edges"][0]["node"]["status"] == "PENDING"
    # An idempotent creation, retried.
    create = doc("token-create-webhook")
    body = {"query": create, "variables": {"accountId": tenant.gid, "url": "http://127.0.0.1:9/crm"}}
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": "8a4b5c1e-doc"}
    first = (await http.post("/graphql", json=body, headers=headers)).json()
    retried = await http.post("/graphql", json=body, headers=headers)
    assert retried.headers["idempotent-replayed"] == "true" and retried.headers["idempotent-redacted"] == "true"
    # The same webhook; the once-shown secret is not replayed (documented).
    assert retried.json()["data"]["createWebhook"] == {**first["data"]["createWebhook"], "secret": None}
    assert first["data"]["createWebhook"]["errors"] == []
    # The audit trail, page by page, with a persisted query (hash first, then the document).
    audit = doc("token-audit")
    sha = hashlib.sha256(audit.encode()).hexdigest()
    persisted = {"persistedQuery": {"version": 1, "sha256Hash": sha}}
    variables = {"accountId": tenant.gid, "after": None}
    miss = (await http.post("/graphql", json={"extensions": persisted, "variables": variables}, headers=headers)).json()
    assert miss["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    page = (await http.post("/graphql", json={"query": audit, "extensions": persisted, "variables": variables},
                            headers={"Authorization": f"Bearer {token}"})).json()["data"]["auditEvents"]
    assert [e["node"]["action"] for e in page["edges"]] == ["webhook.create"]
    assert page["edges"][0]["node"]["actorKind"] == "API_TOKEN"
    by_hash = (await http.post("/graphql", json={"extensions": persisted, "variables": variables},
                               headers={"Authorization": f"Bearer {token}"})).json()
    assert by_hash["data"]["auditEvents"] == page


@pytest.fixture
async def receiver():
    server = await Receiver().start()
    yield server
    await server.stop()


async def test_receiving_webhooks_with_signature_verification(gql, runtime, receiver):
    namespace: dict = {}
    exec(compile(doc("verify"), "docs/integrators/webhooks.md", "exec"), namespace)
    verify_webhook = namespace["verify_webhook"]
    tenant = await make_tenant(gql, runtime)
    created = await gql.mutate(doc("create-webhook"), {"accountId": tenant.gid, "url": receiver.url("/hr")},
                               token=tenant.owner_token)
    secret, webhook_id = created["secret"], created["webhook"]["id"]
    user, issued = await invite_user(runtime, tenant)
    await gql.mutate(ACCEPT, {"token": invitation_token(issued.url(runtime.settings)), "password": PASSWORD})
    (request,) = await receiver.wait_for("/hr", 1)
    event = verify_webhook(secret, request.headers, request.body)
    assert event["type"] == "user.activated" and event["data"]["email"] == user.email
    with pytest.raises(ValueError, match="bad signature"):
        verify_webhook(secret, request.headers, request.body.replace(b"activated", b"deleted"))
    stale = {**request.headers, "webhook-timestamp": str(int(request.headers["webhook-timestamp"]) - 3600)}
    with pytest.raises(ValueError, match="stale"):
        verify_webhook(secret, stale, request.body)
    deliveries = (await gql.ok(doc("webhook-deliveries"), {"webhookId": webhook_id}, token=tenant.owner_token))
    node = deliveries["webhookDeliveries"]["edges"][0]["node"]
    again = await gql.mutate(doc("redeliver"), {"deliveryId": node["id"]}, token=tenant.owner_token)
    assert again["delivery"]["messageId"] == request.headers["webhook-id"]
    rotated = await gql.mutate(doc("rotate-secret"), {"webhookId": webhook_id}, token=tenant.owner_token)
    await emit(runtime, tenant, "membership.removed", {"id": "m-9"})
    await receiver.wait_for("/hr", 3)
    latest = receiver.at("/hr")[-1]
    for key in (secret, rotated["secret"]):  # both verify during the grace period
        verify_webhook(key, latest.headers, latest.body)


async def test_scim_provisioning(gql, runtime, http):
    from .support.access import role_gid

    tenant = await make_tenant(gql, runtime)
    created = await gql.mutate(doc("create-scim-token"), {"accountId": tenant.gid, "roleId": role_gid("admin")},
                               token=tenant.owner_token)
    assert created["apiToken"]["kind"] == "SCIM"
    settings = await gql.mutate(doc("directory-settings"), {"accountId": tenant.gid, "roleId": role_gid("finance")},
                                token=tenant.owner_token)
    assert settings["settings"]["directoryOwnsAttributes"] is True
    response = await http.post("/scim/v2/Users", headers={"Authorization": f"Bearer {created['secret']}"},
                               json={"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                                     "userName": f"doc-{tenant.account_id.hex[:8]}@example.com"})
    assert response.status_code == 201
    assert response.json()["groups"][0]["display"] == "Finance"
async def test_first_steps_from_the_readme_and_the_first_steps_page(gql, runtime):
    """README's quick start, then docs/integrators/first-steps.md, as a newcomer runs them."""
    for accept, login, me in (("quickstart-accept", "quickstart-login", "quickstart-me"),
                              ("first-accept", "first-login", "first-me")):
        email = f"first-{uuid.uuid4().hex[:10]}@example.com"
        created = await accounts.create_account(runtime.deps, name=f"First {email[6:16]}", owner_email=email)
        url = created.invitation.url(runtime.settings)
        token = url.split("/invite/", 1)[1]  # "the part after /invite/"
        assert token.startswith("gqi_")
        # Without the consent flags the same call fails, and writes nothing.
        refused = (await gql.ok(doc(accept).replace("acceptTerms: true", "acceptTerms: false"),
                                {"token": token, "password": PASSWORD}))["acceptInvitation"]
        assert ("acceptTerms", "TERMS_NOT_ACCEPTED") in {(e["field"], e["code"]) for e in refused["errors"]}
        accepted = await gql.mutate(doc(accept), {"token": token, "password": PASSWORD})
        assert accepted["token"]
        session = (await gql.mutate(doc(login), {"email": email, "password": PASSWORD}))["token"]
        me = (await gql.ok(doc(me), token=session))["me"]
        assert me["email"] == email
        (membership,) = me["memberships"]
        assert membership["account"] == {"id": encode_id("Account", created.account.id), "name": created.account.name}
        assert membership["role"]["name"] == "Admin"

    account_id = membership["account"]["id"]
    roles = (await gql.ok(doc("first-roles"), {"accountId": account_id}, token=session))["roles"]
    marketing = next(r["id"] for r in roles if r["key"] == "marketing" and r["assignable"])
    bad = (await gql.ok(doc("first-create-user"), {"accountId": account_id, "email": "not-an-email",
                                                   "name": "Nobody", "roleId": marketing}, token=session))
    assert [(e["field"], e["code"]) for e in bad["createUser"]["errors"]] == [("email", "INVALID_EMAIL")]
    invited = []
    for i in range(4):
        new = f"colleague-{i}-{uuid.uuid4().hex[:8]}@example.com"
        made = await gql.mutate(doc("first-create-user"), {"accountId": account_id, "email": new,
                                                           "name": f"Colleague {i}", "roleId": marketing}, token=session)
        assert made["membership"]["status"] == "PENDING" and made["invitation"]["url"].startswith("http")
        invited.append(new)
    seen, after, pages = [], None, 0
    while True:
        page = (await gql.ok(doc("first-users"), {"accountId": account_id, "after": after}, token=session))["users"]
        assert page["totalCount"] == 5 and len(page["edges"]) <= 2
        seen += [edge["node"]["user"]["email"] for edge in page["edges"]]
        pages += 1
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert pages == 3 and sorted(seen) == sorted([email, *invited])


def test_the_readme_keeps_its_two_set_up_commands():
    text = README.read_text()
    commands = re.findall(r"^```bash\n(.*?)^```", text, re.S | re.M)
    assert len(commands) == 2, commands
    assert "<!-- serve-command -->" in text and "<!-- test-command -->" in text


def test_every_named_block_was_executed():
    missing = set(blocks()) - EXECUTED
    assert not missing, f"documentation blocks no test executes: {sorted(missing)}"
