from datetime import timedelta

from gqlaccess.models import Invitation
from gqlaccess.models.enums import InvitationKind, InvitationStatus
from gqlaccess.services.invitations import invitations

from ...support.factories import ACCEPT, PASSWORD, add_member, invitation_token, make_tenant
from ...support.integrator import invite_user, make_client

LIST = """
query($a: ID!, $status: InvitationStatus, $kind: InvitationKind, $first: Int, $after: String) {
  invitations(accountId: $a, status: $status, kind: $kind, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind email status deliveryStatus url expiresAt } }
  }
}"""
REVOKE = """mutation($id: ID!) { revokeInvitation(input: {invitationId: $id}) {
  invitation { id status } errors { field code } } }"""


async def _four_states(gql, runtime, tenant):  # type: ignore[no-untyped-def]
    _, pending = await invite_user(runtime, tenant)
    _, expired = await invite_user(runtime, tenant)
    await Invitation.filter(id=expired.invitation.id).update(expires_at=runtime.deps.now() - timedelta(minutes=1))
    _, accepted = await invite_user(runtime, tenant)
    await gql.mutate(ACCEPT, {"token": invitation_token(accepted.url(runtime.settings)), "password": PASSWORD})
    _, revoked = await invite_user(runtime, tenant)
    await Invitation.filter(id=revoked.invitation.id).update(status=InvitationStatus.REVOKED)
    return pending, expired, accepted, revoked


async def test_lists_every_status_with_the_effective_one(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    pending, expired, accepted, revoked = await _four_states(gql, runtime, tenant)
    token = tenant.owner_token
    everything = (await gql.ok(LIST, {"a": tenant.gid}, token=token))["invitations"]
    by_email = {e["node"]["email"]: e["node"] for e in everything["edges"]}
    assert by_email[pending.invitation.email]["status"] == "PENDING"
    assert by_email[expired.invitation.email]["status"] == "EXPIRED"  # overdue, not yet swept
    assert by_email[accepted.invitation.email]["status"] == "ACCEPTED"
    assert by_email[revoked.invitation.email]["status"] == "REVOKED"
    assert all(n["url"] is None and n["deliveryStatus"] for n in by_email.values())
    for status, issued in (("PENDING", pending), ("EXPIRED", expired), ("ACCEPTED", accepted), ("REVOKED", revoked)):
        found = (await gql.ok(LIST, {"a": tenant.gid, "status": status}, token=token))["invitations"]
        emails = [e["node"]["email"] for e in found["edges"] if e["node"]["email"] != tenant.owner_email]
        assert emails == [issued.invitation.email], status
    first = (await gql.ok(LIST, {"a": tenant.gid, "first": 3}, token=token))["invitations"]
    rest = (await gql.ok(LIST, {"a": tenant.gid, "first": 3, "after": first["pageInfo"]["endCursor"]}, token=token))["invitations"]
    paged = [e["node"]["id"] for e in first["edges"] + rest["edges"]]
    assert paged == [e["node"]["id"] for e in everything["edges"]] and len(set(paged)) == everything["totalCount"]


async def test_revoke_kills_the_link_and_only_pending_ones(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    pending, expired, accepted, _ = await _four_states(gql, runtime, tenant)
    listed = (await gql.ok(LIST, {"a": tenant.gid}, token=tenant.owner_token))["invitations"]["edges"]
    ids = {e["node"]["email"]: e["node"]["id"] for e in listed}
    payload = await gql.mutate(REVOKE, {"id": ids[pending.invitation.email]}, token=tenant.owner_token)
    assert payload["invitation"]["status"] == "REVOKED"
    refused = await gql.ok(ACCEPT, {"token": invitation_token(pending.url(runtime.settings)), "password": PASSWORD})
    assert refused["acceptInvitation"]["errors"][0]["code"] == "INVITATION_REVOKED"
    for issued in (expired, accepted, pending):
        data = await gql.ok(REVOKE, {"id": ids[issued.invitation.email]}, token=tenant.owner_token)
        assert data["revokeInvitation"]["errors"] == [{"field": "invitationId", "code": "NOT_PENDING"}]
    assert (await Invitation.get(id=expired.invitation.id)).status == InvitationStatus.PENDING  # untouched


async def test_client_setup_links_follow_the_clients_capability(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await invite_user(runtime, tenant)
    client = await make_client(tenant)
    await invitations.issue(runtime.deps, InvitationKind.CLIENT_SETUP, email=client.email, account_id=tenant.account_id,
                            client_id=client.id)
    _, qa = await add_member(gql, tenant, "qa")  # clients VIEW, users NONE
    seen = (await gql.ok(LIST, {"a": tenant.gid}, token=qa))["invitations"]["edges"]
    assert {e["node"]["kind"] for e in seen} == {"CLIENT_SETUP"}
    assert await gql.error_code(LIST, {"a": tenant.gid, "kind": "USER_ACTIVATION"}, token=qa) == "FORBIDDEN"
    assert await gql.error_code(REVOKE, {"id": seen[0]["node"]["id"]}, token=qa) == "FORBIDDEN"  # VIEW only
    _, marketing = await add_member(gql, tenant, "marketing")  # clients MANAGE
    payload = await gql.mutate(REVOKE, {"id": seen[0]["node"]["id"]}, token=marketing)
    assert payload["invitation"]["status"] == "REVOKED"


async def test_forbidden_and_not_found(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    _, issued = await invite_user(runtime, tenant)
    listed = (await gql.ok(LIST, {"a": tenant.gid}, token=tenant.owner_token))["invitations"]["edges"]
    invitation_id = next(e["node"]["id"] for e in listed if e["node"]["email"] == issued.invitation.email)
    _, finance = await add_member(gql, tenant, "finance")  # users NONE; clients VIEW
    assert await gql.error_code(LIST, {"a": tenant.gid, "kind": "USER_ACTIVATION"}, token=finance) == "FORBIDDEN"
    assert await gql.error_code(REVOKE, {"id": invitation_id}, token=finance) == "FORBIDDEN"
    _, manager = await add_member(gql, tenant, "marketing_manager")  # users VIEW
    assert await gql.error_code(REVOKE, {"id": invitation_id}, token=manager) == "FORBIDDEN"
    assert await gql.error_code(LIST, {"a": tenant.gid}, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(REVOKE, {"id": invitation_id}, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(LIST, {"a": tenant.gid}) == "UNAUTHENTICATED"
    node = await gql.ok("query($id: ID!) { node(id: $id) { id } }", {"id": invitation_id}, token=other.owner_token)
    assert node["node"] is None
    assert (await Invitation.get(id=issued.invitation.id)).status == InvitationStatus.PENDING
