"""Verified domains against a real DNS server (dnsmasq on loopback)."""

from __future__ import annotations

from gqlaccess.models import AccountDomain, AuditEvent, WebhookEvent
from gqlaccess.services.sso import domains
from gqlaccess.services.sso.public_domains import PUBLIC_MAIL_DOMAINS
from workers.settings import WorkerSettings
from workers.sso import recheck_account_domains

from ..support.factories import add_member, make_tenant
from ..support.integrator import create_webhook
from .flow import (
    ADD_DOMAIN,
    DOMAINS,
    REMOVE_DOMAIN,
    START,
    VERIFY_DOMAIN,
    Browser,
    unique_domain,
    verified_domain,
)


async def _add(gql, tenant, domain):  # type: ignore[no-untyped-def]
    return (await gql.ok(ADD_DOMAIN, {"accountId": tenant.gid, "domain": domain}, token=tenant.owner_token))[
        "addAccountDomain"
    ]


async def test_add_returns_the_txt_challenge_and_verify_needs_the_record(gql, runtime, sso_settings, dns_server):
    tenant = await make_tenant(gql, runtime)
    await create_webhook(gql, tenant, "http://127.0.0.1:9/hook", ["domain.added", "domain.verified"])
    domain = unique_domain()
    added = await _add(gql, tenant, "  " + domain.upper() + ". ")
    assert added["errors"] == []
    item = added["domain"]
    assert item["domain"] == domain and item["verified"] is False
    assert item["txtRecordName"] == f"_gqlaccess-challenge.{domain}"
    assert item["txtRecordValue"].startswith("gqlaccess-domain-verification=")

    # Not published yet: refused with a clear code, still unverified.
    dns_server.local_domains.add(domain)
    dns_server.serve()
    refused = (await gql.ok(VERIFY_DOMAIN, {"id": item["id"]}, token=tenant.owner_token))["verifyAccountDomain"]
    assert [e["code"] for e in refused["errors"]] == ["DOMAIN_VERIFICATION_FAILED"]
    # Another value at the right name proves nothing either.
    dns_server.publish(item["txtRecordName"], "gqlaccess-domain-verification=someone-else")
    refused = (await gql.ok(VERIFY_DOMAIN, {"id": item["id"]}, token=tenant.owner_token))["verifyAccountDomain"]
    assert [e["code"] for e in refused["errors"]] == ["DOMAIN_VERIFICATION_FAILED"]

    dns_server.publish(item["txtRecordName"], item["txtRecordValue"])
    verified = await gql.mutate(VERIFY_DOMAIN, {"id": item["id"]}, token=tenant.owner_token)
    assert verified["domain"]["verified"] is True and verified["domain"]["verifiedAt"]
    listed = (await gql.ok(DOMAINS, {"accountId": tenant.gid}, token=tenant.owner_token))["accountDomains"]
    assert [(d["domain"], d["verified"]) for d in listed] == [(domain, True)]

    actions = await AuditEvent.filter(account_id=tenant.account_id, action__startswith="sso.").values_list(
        "action", "outcome")
    assert ("sso.add_domain", "ALLOWED") in actions and ("sso.verify_domain", "REJECTED") in actions
    assert ("sso.verify_domain", "ALLOWED") in actions
    kinds = await WebhookEvent.filter(account_id=tenant.account_id).values_list("event_type", flat=True)
    assert sorted(kinds) == ["domain.added", "domain.verified"]


async def test_public_mail_domains_are_refused(gql, runtime, sso_settings):
    tenant = await make_tenant(gql, runtime)
    assert "gmail.com" in PUBLIC_MAIL_DOMAINS
    for public in ("gmail.com", "Outlook.com", "orange.fr"):
        payload = await _add(gql, tenant, public)
        assert [e["code"] for e in payload["errors"]] == ["PUBLIC_EMAIL_DOMAIN"]
    assert [e["code"] for e in (await _add(gql, tenant, "not a domain"))["errors"]] == ["INVALID_EMAIL_DOMAIN"]
    assert not await AccountDomain.filter(account_id=tenant.account_id).exists()


async def test_a_domain_is_verified_by_one_account_at_a_time(gql, runtime, sso_settings, dns_server):
    first, second = await make_tenant(gql, runtime), await make_tenant(gql, runtime)
    domain = unique_domain()
    # The second account claims it first (unverified claims may coexist) and publishes its record too.
    early = await _add(gql, second, domain)
    dns_server.publish(early["domain"]["txtRecordName"], early["domain"]["txtRecordValue"])
    await verified_domain(gql, first, dns_server, domain)  # replaces the TXT value with the first's

    late = await _add(gql, second, domain)
    assert [e["code"] for e in late["errors"]] == ["DOMAIN_ALREADY_ADDED"]
    third = await make_tenant(gql, runtime)
    claimed = await _add(gql, third, domain)
    assert [e["code"] for e in claimed["errors"]] == ["DOMAIN_VERIFIED_BY_ANOTHER_ACCOUNT"]

    dns_server.publish(early["domain"]["txtRecordName"], early["domain"]["txtRecordValue"])
    refused = (await gql.ok(VERIFY_DOMAIN, {"id": early["domain"]["id"]}, token=second.owner_token))[
        "verifyAccountDomain"]
    assert [e["code"] for e in refused["errors"]] == ["DOMAIN_VERIFIED_BY_ANOTHER_ACCOUNT"]
    assert await domains.verified_account_for(domain) == first.account_id


async def test_recheck_unverifies_a_vanished_record_and_sso_routing_stops(gql, runtime, sso_settings, dns_server, app):
    tenant = await make_tenant(gql, runtime)
    await create_webhook(gql, tenant, "http://127.0.0.1:9/hook", ["domain.unverified"])
    domain = unique_domain()
    domain_id = await verified_domain(gql, tenant, dns_server, domain)
    name = f"_gqlaccess-challenge.{domain}"
    deps = runtime.deps

    # A resolver outage (REFUSED: dnsmasq no longer answers for the zone) changes nothing.
    value = dns_server.records.pop(name)
    dns_server.local_domains.discard(domain)
    dns_server.serve()
    report = await domains.recheck_verified(deps)
    assert report.unavailable >= 1
    assert await domains.verified_account_for(domain) == tenant.account_id

    # The record back: still verified. Then gone for real (NXDOMAIN): unverified by the cron job.
    dns_server.publish(name, value)
    assert (await recheck_account_domains({"deps": deps}))["checked"] >= 1
    assert await domains.verified_account_for(domain) == tenant.account_id
    dns_server.withdraw(name)
    outcome = await recheck_account_domains({"deps": deps})
    assert outcome["unverified"] >= 1
    assert await domains.verified_account_for(domain) is None
    listed = (await gql.ok(DOMAINS, {"accountId": tenant.gid}, token=tenant.owner_token))["accountDomains"]
    assert [(d["id"], d["verified"]) for d in listed] == [(domain_id, False)]
    assert await WebhookEvent.filter(account_id=tenant.account_id, event_type="domain.unverified").count() == 1
    assert await AuditEvent.filter(account_id=tenant.account_id, action="sso.domain_unverified",
                                   reason="RECORD_MISSING").exists()
    # What depended on it stops: SSO routing for its people goes nowhere.
    browser = Browser(app)
    try:
        payload = await gql.mutate(START, {"email": f"someone@{domain}"})
        response = await browser.app_client.get(payload["redirectUrl"].replace("http://testserver", ""))
        assert response.status_code == 303 and response.headers["location"].endswith("#error=SSO_UNAVAILABLE")
    finally:
        await browser.close()


def test_the_recheck_is_a_cron_of_the_worker():
    assert any(job.coroutine is recheck_account_domains for job in WorkerSettings.cron_jobs)


async def test_admins_only_and_other_tenants_domains_are_not_found(gql, runtime, sso_settings, dns_server):
    tenant, other = await make_tenant(gql, runtime), await make_tenant(gql, runtime)
    domain_id = await verified_domain(gql, tenant, dns_server, unique_domain())
    _, lead_token = await add_member(gql, tenant, "team_lead")
    body = await gql.execute(ADD_DOMAIN, {"accountId": tenant.gid, "domain": unique_domain()}, token=lead_token)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    body = await gql.execute(DOMAINS, {"accountId": tenant.gid}, token=lead_token)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    for document in (VERIFY_DOMAIN, REMOVE_DOMAIN):
        body = await gql.execute(document, {"id": domain_id}, token=other.owner_token)
        assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    missing = domain_id[:-4] + "AAAA"
    body = await gql.execute(VERIFY_DOMAIN, {"id": missing}, token=other.owner_token)
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    body = await gql.execute(DOMAINS, {"accountId": tenant.gid}, token=other.owner_token)
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    removed = await gql.mutate(REMOVE_DOMAIN, {"id": domain_id}, token=tenant.owner_token)
    assert removed["removedDomainId"] == domain_id
    assert not await AccountDomain.filter(account_id=tenant.account_id).exists()
