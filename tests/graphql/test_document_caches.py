"""Parsed and validated documents are cached across requests (the request limits included)."""

from __future__ import annotations

from strawberry.extensions.parser_cache import _get_parse_cache
from strawberry.extensions.validation_cache import _get_validate_cache


def _view(app):  # type: ignore[no-untyped-def]
    return next(route.endpoint for route in app.routes if getattr(route, "path", None) == "/graphql")


async def test_second_request_is_neither_parsed_nor_validated_again(app, gql) -> None:  # type: ignore[no-untyped-def]
    view = _view(app)
    fast, view.fastpath = view.fastpath, None  # the normal executor's caches
    try:
        query = "query CacheProbe { capabilities { capability editableInCustomRoles } }"
        await gql.ok(query)
        parsed, validated = _get_parse_cache(512).cache_info(), _get_validate_cache(512).cache_info()
        await gql.ok(query)
        assert _get_parse_cache(512).cache_info().hits == parsed.hits + 1
        assert _get_validate_cache(512).cache_info().hits == validated.hits + 1
        assert _get_validate_cache(512).cache_info().misses == validated.misses
    finally:
        view.fastpath = fast


async def test_limits_still_apply_with_the_cache(gql) -> None:  # type: ignore[no-untyped-def]
    deep = "{ me { memberships { account { " + "host { " * 15 + "id" + " }" * 15 + " } } } }"
    body = await gql.execute(deep)
    assert "exceeds maximum operation depth" in body["errors"][0]["message"]
    aliases = "{ " + " ".join(f"a{i}: __typename" for i in range(40)) + " }"
    body = await gql.execute(aliases)
    assert "aliases found" in body["errors"][0]["message"]
