"""Remembered coercion on the compiled path (compiler.variables_key): the same variables give the
same answers as the normal executor, and values that hash alike but coerce differently do not share
an entry."""

from __future__ import annotations

from typing import Any

import orjson

from .test_differential import World, _post, _view, both_paths

CHECK = """query($a: ID!, $c: Capability!, $l: CapabilityLevel) {
  checkAccess(accountId: $a, capability: $c, level: $l) { allowed reason } }"""
USERS_PAGE = "query($a: ID!, $n: Int) { users(accountId: $a, first: $n) { totalCount edges { node { id } } } }"


def _plan(app: Any, query: str) -> Any:
    return _view(app).fastpath.plan_for(query, None)


async def test_repeated_and_alternating_variables_answer_like_the_normal_executor(app, http, world: World) -> None:  # type: ignore[no-untyped-def]
    owner = world.tokens["owner"]
    asks = [
        {"a": world.account_ids[0], "c": "USERS", "l": "MANAGE"},
        {"a": world.account_ids[0], "c": "BILLING", "l": "VIEW"},
        {"a": world.account_ids[3], "c": "USERS", "l": "VIEW"},  # no such account: NOT_FOUND
        {"a": world.account_ids[0], "c": "USERS", "l": "MANAGE"},
    ]
    answers = []
    for variables in asks * 2:
        compiled, reference = await both_paths(app, http, CHECK, variables, owner)
        assert compiled == reference
        answers.append(orjson.loads(compiled))
    assert answers[0] == answers[3] == answers[4]
    assert answers[2]["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert len(_plan(app, CHECK).coerced) == 3  # one entry per distinct set of variables


async def test_a_value_of_another_type_is_coerced_again(app, http, world: World) -> None:  # type: ignore[no-untyped-def]
    owner = world.tokens["owner"]
    page = orjson.loads(await _post(http, USERS_PAGE, {"a": world.account_ids[0], "n": 1}, owner))
    assert len(page["data"]["users"]["edges"]) == 1
    # True == 1 and hash(True) == hash(1), yet `true` is not an Int.
    refused = orjson.loads(await _post(http, USERS_PAGE, {"a": world.account_ids[0], "n": True}, owner))
    assert refused.get("data") is None and "Int cannot represent" in refused["errors"][0]["message"], refused


async def test_invalid_values_are_never_remembered(app, http, world: World) -> None:  # type: ignore[no-untyped-def]
    owner = world.tokens["owner"]
    bad = {"a": world.account_ids[0], "c": "NOT_A_CAPABILITY", "l": "VIEW"}
    for _ in range(2):
        body = orjson.loads(await _post(http, CHECK, bad, owner))
        assert body.get("data") is None and body["errors"], body
    assert all(dict((name, value) for name, _, value in key) != bad for key in _plan(app, CHECK).coerced)


async def test_object_variables_are_not_remembered(app, http, world: World) -> None:  # type: ignore[no-untyped-def]
    """Lists and input objects are coerced on every request (the key would have to copy them)."""
    owner = world.tokens["owner"]
    query = "query($a: ID!, $o: UserOrder) { users(accountId: $a, orderBy: $o) { edges { node { id } } } }"
    order = {"field": "EMAIL", "direction": "DESC"}
    for _ in range(2):
        compiled, reference = await both_paths(app, http, query, {"a": world.account_ids[0], "o": order}, owner)
        assert compiled == reference
    assert _plan(app, query).coerced == {}
