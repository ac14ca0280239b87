"""The query cost estimate (graphql/cost.py): page sizes and nesting, read from the document."""

from __future__ import annotations

from gqlaccess.graphql.cost import estimate

ME = "query Me { me { id email name memberships { id status isOwner role { id name } account { id name status } } } }"
USERS_100 = "{ users(accountId: \"x\", first: 100) { totalCount edges { node { role { name } user { email } } } } }"


def test_plain_requests_cost_one_point() -> None:
    assert estimate(ME) == 1
    assert estimate("{ me { email } }") == 1
    assert estimate("mutation { logout { ok } }") == 1


def test_pages_multiply_what_they_contain() -> None:
    # users 1 + edges 100 + node 100 + role 100 + user 100 = 401 objects -> 1 + 4
    assert estimate(USERS_100) == 5
    nested = "{ accounts { clients(first: 50) { edges { node { users(first: 100) { edges { node { id } } } } } } } }"
    # accounts 1, clients 1, edges 50, node 50, users 50, edges 5000, node 5000 = 10152 -> 1 + 101
    assert estimate(nested) == 102
    # A connection without first/last is counted at the default page size (20).
    assert estimate("{ users(accountId: \"x\") { edges { node { id } } } }") == 1 + (1 + 20 + 20) // 100


def test_variables_give_the_page_size_and_out_of_range_sizes_are_clamped() -> None:
    query = "query($n: Int) { users(accountId: \"x\", first: $n) { edges { node { role { name } } } } }"
    assert estimate(query, None, {"n": 100}) == 1 + (1 + 300) // 100
    assert estimate(query, None, {"n": 10}) == 1
    assert estimate(query, None, {}) == 1 + (1 + 60) // 100  # absent: the default page size
    assert estimate(query, None, {"n": 1_000_000}) == estimate(query, None, {"n": 100})


def test_fragments_count_like_their_selections() -> None:
    spread = "query { ...U } fragment U on Query { users(accountId: \"x\", first: 100) { edges { node { role { name } user { email } } } } totalCount: me { id } }"
    inline = "{ ... on Query { users(accountId: \"x\", first: 100) { edges { node { ... on Membership { role { name } user { email } } } } } } }"
    assert estimate(spread) == estimate(inline) == 5


def test_pathological_documents_are_bounded_and_unparsable_ones_cost_one() -> None:
    doubling = "query { ...F0 } " + " ".join(
        f"fragment F{i} on Query {{ a {{ ...F{i + 1} ...F{i + 1} }} }}" for i in range(40)
    ) + " fragment F40 on Query { x }"
    assert estimate(doubling) == 1_000_000  # refused by any budget, without walking 2**40 selections
    assert estimate("{ me") == 1 and estimate(None) == 1 and estimate("") == 1
    assert estimate("query A { me { id } } query B { me { id } }") == 1  # which operation: the executor says
