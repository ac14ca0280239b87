"""Every root field × every principal, against the real app (see matrix.py for the outcomes)."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import (
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
    get_named_type,
)

from gqlaccess.config import Settings
from gqlaccess.graphql.schema import build_schema
from gqlaccess.policy.decision_cache import CACHE

from .matrix import FIELDS, Rule, expected
from .world import PRINCIPALS, World, build_world

SCHEMA: GraphQLSchema = build_schema(Settings())._schema


def root_fields(schema: GraphQLSchema = SCHEMA) -> list[str]:
    names = []
    for root in (schema.query_type, schema.mutation_type, schema.subscription_type):
        if root is not None:
            names.extend(f"{root.name}.{name}" for name in root.fields)
    return sorted(names)


def selection(return_type: Any) -> str:
    """A minimal selection: enough to see whether the object came back, never more."""
    named = get_named_type(return_type)
    if isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
        parts = ["__typename"]
        if "id" in named.fields:
            parts.append("id")
        if "errors" in named.fields:
            parts.append("errors { field code message }")
        return "{ " + " ".join(parts) + " }"
    if isinstance(named, GraphQLUnionType):
        return "{ __typename }"
    return ""


def document(
    qualified: str, variables: dict[str, Any], schema: GraphQLSchema = SCHEMA, select: str | None = None
) -> str:
    """`mutation($input: LoginInput!) { login(input: $input) { … } }`, typed from the schema."""
    root_name, name = qualified.split(".")
    root = schema.get_type(root_name)
    assert isinstance(root, GraphQLObjectType)
    target = root.fields[name]
    missing = [a for a, arg in target.args.items() if a not in variables and _required(arg)]
    assert not missing, f"{qualified}: the matrix gives no value for required arguments {missing}"
    unknown = set(variables) - set(target.args)
    assert not unknown, f"{qualified}: the matrix gives values for unknown arguments {unknown}"
    definitions = ", ".join(f"${a}: {target.args[a].type}" for a in variables)
    call = ", ".join(f"{a}: ${a}" for a in variables)
    operation = {"Query": "query", "Mutation": "mutation", "Subscription": "subscription"}[root_name]
    head = f"{operation}({definitions})" if definitions else operation
    picked = selection(target.type) if select is None else select
    return f"{head} {{ {name}{f'({call})' if call else ''} {picked} }}"


def _required(arg: Any) -> bool:
    from graphql import GraphQLNonNull

    return isinstance(arg.type, GraphQLNonNull) and arg.default_value is _undefined()


def _undefined() -> Any:
    from graphql.pyutils import Undefined

    return Undefined


def test_every_root_field_is_classified() -> None:
    unclassified = [f for f in root_fields() if f not in {base(k) for k in FIELDS}]
    assert not unclassified, (
        "root fields nobody classified in tests/authz/matrix.py (see docs/ARCHITECTURE.md, "
        f"'Classifying a new root field'): {unclassified}"
    )
    stale = [f for f in FIELDS if base(f) not in root_fields()]
    assert not stale, f"classified fields that are not in the schema any more: {stale}"


@pytest.fixture(scope="module")
async def world(runtime: Any) -> World:
    return await build_world(runtime)


def base(key: str) -> str:
    return key.split("[", 1)[0]


# Unclassified schema fields are cases too, so that they fail by name.
KEYS = sorted(set(FIELDS) | set(root_fields()))
CASES = [(f, p) for f in KEYS for p in PRINCIPALS]


@pytest.fixture(params=["cached", "uncached"])
def decisions(request: pytest.FixtureRequest) -> Any:
    """Every case with the decision cache on and off (policy/decision_cache.py)."""
    wanted = CACHE.wanted
    CACHE.wanted = request.param == "cached"
    yield request.param
    CACHE.wanted = wanted


@pytest.mark.parametrize(("qualified", "principal"), CASES, ids=[f"{f}-{p}" for f, p in CASES])
async def test_matrix(gql: Any, world: World, qualified: str, principal: str, decisions: str) -> None:
    rule = FIELDS.get(qualified)
    if rule is None:
        pytest.fail(f"{qualified} is not classified in tests/authz/matrix.py")
    want = expected(rule, principal)
    variables = await rule.args(world, principal)
    token = await world.token_for(principal, rule.capability, rule.level, any_of=rule.any_of, need=rule.need.value)
    body = await gql.execute(document(base(qualified), variables, select=rule.select), variables, token=token)
    check(rule, qualified, principal, want, body, world)


def check(rule: Rule, qualified: str, principal: str, want: str, body: dict[str, Any], world: World) -> None:
    name = base(qualified).split(".")[1]
    errors = body.get("errors") or []
    value = (body.get("data") or {}).get(name)
    where = f"{qualified} as {principal}: expected {want}, got {body}"
    for error in errors:
        assert (error.get("extensions") or {}).get("code"), f"unlabelled error. {where}"
    if want in ("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"):
        assert errors, where
        assert errors[0]["extensions"]["code"] == want, where
        assert value is None, where
        return
    assert not errors, where
    revealed = rule.reveals(value, world) if rule.reveals else value is not None
    if want == "HIDDEN":
        assert not revealed, where
        return
    assert revealed, where
    if want == "OK" and isinstance(value, dict) and "errors" in value:
        assert value["errors"] == [], where
    assert want in ("OK", "ALLOWED"), f"unknown outcome {want!r} for {qualified}"
