"""The depth and alias limits still apply once their validation rules are built once per schema."""

from __future__ import annotations


async def test_depth_and_alias_limits_apply_on_every_request(gql, runtime):
    deep = "{ me { " + "memberships { user { " * 8 + "email" + " } }" * 8 + " } }"
    aliases = "{ " + " ".join(f"a{i}: capabilities {{ capability }}" for i in range(40)) + " }"
    for _ in range(2):  # the second time through the validation cache
        body = await gql.execute(deep)
        assert body["errors"] and "exceeds maximum operation depth" in body["errors"][0]["message"]
        body = await gql.execute(aliases)
        assert body["errors"] and "aliases" in body["errors"][0]["message"].lower()

