"""The /scim/v2 endpoints: thin handlers over users, groups, bulk and discovery."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..outages import is_dependency_outage
from . import bulk, discovery, groups, users
from .auth import Caller, caller
from .errors import ScimError, not_found, scim_json
from .resources import json_body, list_response
from .serialisation import project

log = structlog.get_logger(__name__)
Handler = Callable[[Request, Caller], Awaitable[Response]]


ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


def endpoint(handler: Handler, methods: tuple[str, ...] = tuple(ALL_METHODS)) -> Callable[[Request], Awaitable[Response]]:
    async def run(request: Request) -> Response:
        try:
            who = await caller(request)
            if request.method not in methods:
                raise ScimError(405, f"{request.method} is not supported here.")
            return await handler(request, who)
        except ScimError as exc:
            return exc.response()
        except Exception as exc:
            if is_dependency_outage(exc):
                return ScimError(503, "The service is temporarily unavailable.").response()
            log.exception("scim.unexpected_error", path=request.url.path)
            return ScimError(500, "Internal error.").response()

    return run


def _one(resource: dict[str, Any], request: Request, status: int = 200) -> Response:
    version = resource["meta"]["version"]
    if status == 200 and request.method == "GET" and request.headers.get("if-none-match") in (version, "*"):
        return Response(status_code=304, headers={"ETag": version})
    headers = {"ETag": version}
    if status == 201:
        headers["Location"] = resource["meta"]["location"]
    params = request.query_params
    return scim_json(project(resource, params.get("attributes"), params.get("excludedAttributes")), status, headers)


def _listed(resources: list[dict[str, Any]], total: int, start: int, request: Request) -> Response:
    params = request.query_params
    shown = [project(r, params.get("attributes"), params.get("excludedAttributes")) for r in resources]
    return scim_json(list_response(shown, total, start))


async def service_provider_config(request: Request, who: Caller) -> Response:
    max_payload = request.app.state.runtime.settings.max_body_bytes
    return scim_json(discovery.service_provider_config(who.base_url, max_payload))


async def resource_types(request: Request, who: Caller) -> Response:
    found = discovery.resource_types(who.base_url)
    wanted = request.path_params.get("id")
    if wanted is None:
        return scim_json(list_response(found, len(found), 1))
    for item in found:
        if item["id"] == wanted:
            return scim_json(item)
    raise not_found("ResourceType")


async def schemas(request: Request, who: Caller) -> Response:
    found = discovery.schemas(who.base_url)
    wanted = request.path_params.get("id")
    if wanted is None:
        return scim_json(list_response(found, len(found), 1))
    for item in found:
        if item["id"] == wanted:
            return scim_json(item)
    raise not_found("Schema")


def _collection(module: Any) -> Handler:
    async def handle(request: Request, who: Caller) -> Response:
        if request.method == "POST":
            return _one(await module.create(who, await json_body(request)), request, 201)
        found, total, start = await module.search(who, dict(request.query_params))
        return _listed(found, total, start, request)

    return handle


def _search(module: Any) -> Handler:
    """POST /Users/.search (RFC 7644 §3.4.3): the query parameters, in a SearchRequest body."""

    async def handle(request: Request, who: Caller) -> Response:
        body = await json_body(request)
        params: dict[str, str] = {}
        for key in ("filter", "sortBy", "sortOrder", "startIndex", "count", "attributes", "excludedAttributes"):
            value = next((v for k, v in body.items() if k.lower() == key.lower()), None)
            if value is None:
                continue
            params[key] = ",".join(map(str, value)) if isinstance(value, list) else str(value)
        found, total, start = await module.search(who, params)
        shown = [project(r, params.get("attributes"), params.get("excludedAttributes")) for r in found]
        return scim_json(list_response(shown, total, start))

    return handle


def _item(module: Any) -> Handler:
    async def handle(request: Request, who: Caller) -> Response:
        raw_id = request.path_params["id"]
        if request.method == "GET":
            if module is groups:
                with_members = not groups._excludes_members(dict(request.query_params))
                return _one(await groups.fetch(who, raw_id, with_members=with_members), request)
            return _one(await module.fetch(who, raw_id), request)
        if request.method == "DELETE":
            await module.delete(who, raw_id, request.headers)
            return Response(status_code=204)
        body = await json_body(request)
        if request.method == "PUT":
            return _one(await module.replace(who, raw_id, body, request.headers), request)
        return _one(await module.patch(who, raw_id, body, request.headers), request)

    return handle


async def bulk_endpoint(request: Request, who: Caller) -> Response:
    return scim_json(await bulk.run(who, await json_body(request)))


async def root_search(request: Request, who: Caller) -> Response:
    raise ScimError(501, "Searching several resource types at once is not supported: use /Users/.search or "
                         "/Groups/.search.")


async def unknown(request: Request, who: Caller) -> Response:
    raise not_found("Endpoint")


ROUTES = [
    # Every route takes every method, so that a wrong one is a SCIM 405 body, not Starlette's text.
    Route("/ServiceProviderConfig", endpoint(service_provider_config, ("GET",)), methods=ALL_METHODS),
    Route("/ResourceTypes", endpoint(resource_types, ("GET",)), methods=ALL_METHODS),
    Route("/ResourceTypes/{id}", endpoint(resource_types, ("GET",)), methods=ALL_METHODS),
    Route("/Schemas", endpoint(schemas, ("GET",)), methods=ALL_METHODS),
    Route("/Schemas/{id}", endpoint(schemas, ("GET",)), methods=ALL_METHODS),
    Route("/Users", endpoint(_collection(users), ("GET", "POST")), methods=ALL_METHODS),
    Route("/Users/.search", endpoint(_search(users), ("POST",)), methods=ALL_METHODS),
    Route("/Users/{id}", endpoint(_item(users), ("GET", "PUT", "PATCH", "DELETE")), methods=ALL_METHODS),
    Route("/Groups", endpoint(_collection(groups), ("GET", "POST")), methods=ALL_METHODS),
    Route("/Groups/.search", endpoint(_search(groups), ("POST",)), methods=ALL_METHODS),
    Route("/Groups/{id}", endpoint(_item(groups), ("GET", "PUT", "PATCH", "DELETE")), methods=ALL_METHODS),
    Route("/Bulk", endpoint(bulk_endpoint, ("POST",)), methods=ALL_METHODS),
    Route("/.search", endpoint(root_search, ("POST",)), methods=ALL_METHODS),
    Route("/{rest:path}", endpoint(unknown), methods=ALL_METHODS),
]
