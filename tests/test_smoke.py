from .support.factories import make_tenant


async def test_health(http):
    assert (await http.get("/healthz")).json() == {"status": "ok"}
    ready = await http.get("/readyz")
    assert ready.status_code == 200, ready.text
    assert ready.json()["checks"] == {"database": "ok", "redis": "ok"}


async def test_owner_flow(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    data = await gql.ok("{ me { email memberships { isOwner status role { name key } account { name status } } } }", token=tenant.owner_token)
    assert data["me"]["email"] == tenant.owner_email
    (membership,) = data["me"]["memberships"]
    assert membership["isOwner"] is True
    assert membership["status"] == "ACTIVE"
    assert membership["role"]["key"] == "admin"
