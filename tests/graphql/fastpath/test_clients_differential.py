"""clients(...) through the compiled path (fastpath/clients.py), byte for byte against the normal executor."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .test_differential import ALIASES, LEAVES, World, both_paths, selection

EVERY_FIELD = (
    "query($account: ID!, $order: ClientOrder) { clients(accountId: $account, orderBy: $order, first: 10) { totalCount "
    "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { "
    + " ".join(LEAVES["Client"]) + " assignedResources { " + " ".join(LEAVES["AssignedResource"]) + " } } } } }"
)


async def test_every_field_of_every_client_alike(app, http, world: World) -> None:  # type: ignore[no-untyped-def]
    for order in ({"field": "NAME", "direction": "ASC"}, {"field": "CREATED_AT", "direction": "DESC"}):
        for caller, token in world.tokens.items():
            variables = {"account": world.account_ids[0], "order": order}
            compiled, reference = await both_paths(app, http, EVERY_FIELD, variables, token)
            assert compiled == reference, f"{caller}: {order}\n{compiled!r}\n{reference!r}"
            if caller == "owner":
                assert compiled.count(b'"assignedAt"') == 5 and b'"SUSPENDED"' in compiled


@st.composite
def clients_documents(draw: st.DrawFn, world: World) -> tuple[str, dict[str, Any]]:
    # The first account (the one with clients) half the time: most draws then have rows to compare.
    account = world.account_ids[0] if draw(st.booleans()) else draw(st.sampled_from(world.account_ids))
    variables: dict[str, Any] = {"account": account}
    defs = ["$account: ID!"]
    args = ["accountId: $account"]
    first = draw(st.one_of(st.none(), st.integers(0, 4), st.just(101)))
    if first is not None:
        args.append(f"first: {first}")
    if draw(st.integers(0, 3)) == 0:
        args.append(f'search: "{draw(st.sampled_from(["alpha", "a", "zz", "Beta SA", "33 1"]))}"')
    if draw(st.integers(0, 3)) == 0:
        defs.append("$status: ClientStatus")
        variables["status"] = draw(st.sampled_from(["POTENTIAL", "SITE_ASSIGNED", "INVITED", "ACTIVE", "SUSPENDED"]))
        args.append("status: $status")
    if draw(st.integers(0, 3)) == 0:
        field = draw(st.sampled_from(["NAME", "CREATED_AT"]))
        args.append(f"orderBy: {{field: {field}, direction: {draw(st.sampled_from(['ASC', 'DESC']))}}}")
    after = draw(st.integers(0, 4))
    if after == 0:
        args.append('after: "not-a-cursor"')
    elif after == 1:
        args.append(f'after: "{draw(st.sampled_from(world.client_cursors))}"')
    parts = []
    if draw(st.booleans()):
        parts.append("totalCount")
    if draw(st.booleans()):
        parts.append("pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename }")
    if draw(st.booleans()) or not parts:
        node = draw(selection("Client", 1))
        edge = ["cursor", f"node {{ {node} }}"] + (["__typename"] if draw(st.booleans()) else [])
        parts.append(f"edges {{ {' '.join(edge)} }}")
    if draw(st.booleans()):
        parts.append("__typename")
    alias = draw(st.one_of(st.none(), ALIASES))
    field = f"clients({', '.join(args)}) {{ {' '.join(parts)} }}"
    return f"query({', '.join(defs)}) {{ {alias + ': ' if alias else ''}{field} }}", variables


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
async def test_clients_compiled_like_graphql_core(app, http, world: World, data: st.DataObject) -> None:  # type: ignore[no-untyped-def]
    query, variables = data.draw(clients_documents(world))
    for caller, token in world.tokens.items():
        compiled, reference = await both_paths(app, http, query, variables, token)
        assert compiled == reference, f"{caller}: {query} {variables}\n{compiled!r}\n{reference!r}"
