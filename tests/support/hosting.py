"""Helpers for the hosted-account and client tests."""

from __future__ import annotations

import uuid

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import Resource
from gqlaccess.models.enums import ResourceKind

from .factories import ACCEPT, LOGIN, PASSWORD, invitation_token
from .graphql import GraphQLClient

CREATE_HOSTED = """
mutation($input: CreateHostedAccountInput!) {
  createHostedAccount(input: $input) {
    account { id name status managed hosted host { id } }
    invitation { id kind status url expiresAt deliveryStatus }
    errors { field code message }
  }
}"""

CREATE_CLIENT = """
mutation($input: CreateClientInput!) {
  createClient(input: $input) {
    client { id status email displayName firstName lastName phone1 permissions }
    contact { id email status isContact }
    errors { field code message }
  }
}"""


def gid(type_name: str, raw: uuid.UUID | str) -> str:
    return encode_id(type_name, raw)


async def accept(gql: GraphQLClient, url: str, password: str = PASSWORD) -> dict:
    return await gql.execute(ACCEPT, {"token": invitation_token(url), "password": password})


async def login(gql: GraphQLClient, email: str, password: str = PASSWORD) -> dict:
    body = await gql.execute(LOGIN, {"email": email, "password": password})
    return body["data"]["login"]


async def make_site(account_id: uuid.UUID, name: str | None = None, kind: ResourceKind = ResourceKind.SITE) -> Resource:
    return await Resource.create(account_id=account_id, kind=kind, name=name or f"site-{uuid.uuid4().hex[:8]}")


async def make_client(gql: GraphQLClient, tenant, **overrides) -> dict:  # type: ignore[no-untyped-def]
    suffix = uuid.uuid4().hex[:8]
    values = {
        "accountId": tenant.gid, "firstName": "Ada", "lastName": "Client",
        "email": f"client-{suffix}@example.com", "company": f"Company {suffix}",
    }
    values.update(overrides)
    return await gql.mutate(CREATE_CLIENT, {"input": values}, token=tenant.owner_token)
