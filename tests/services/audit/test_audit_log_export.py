from gqlaccess.services.audit import audit_log

from ...support.factories import make_tenant
from ...support.integrator import CREATE_WEBHOOK


async def test_export_batches_walk_the_trail_in_order(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    for n in range(5):
        await gql.ok(CREATE_WEBHOOK, {"input": {"accountId": tenant.gid, "url": f"http://127.0.0.1:9/{n}",
                                                "events": ["bad"]}}, token=tenant.owner_token)
    criteria = audit_log.AuditFilter(account_id=tenant.account_id, action="webhook.create")
    batches = [batch async for batch in audit_log.export_batches(criteria, batch_size=2)]
    assert [len(b) for b in batches] == [2, 2, 1]
    ids = [row[0] for batch in batches for row in batch]
    assert ids == sorted(ids)
    assert {row[3] for batch in batches for row in batch} == {"REJECTED"}
