"""Compiled execution for hot query documents (issue 8).

A POSTed JSON query whose document the compiler supports is answered from a cached plan: rows
loaded with batched SQL, the response built as dicts and encoded with orjson. Everything else (and
any request the plan cannot finish) goes to Strawberry/graphql-core unchanged. The normal executor
is the reference: tests/graphql/fastpath asserts byte-equal responses between both paths.

Turn it off with GQLACCESS_FASTPATH=0 (the "vanilla" benchmark figure).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import orjson
import strawberry
import structlog
from graphql.execution.values import get_variable_values

from ...config import Settings
from ...policy.principal import Principal
from .compiler import MEMO_ENTRIES, Plan, compile_document, variables_key
from .executor import Execution, RootFields, Unsupported
from .rows import RowSource

log = structlog.get_logger(__name__)

_UNSUPPORTED = object()  # cached "the compiler does not handle this document"


class FastPath:
    def __init__(self, schema: strawberry.Schema, settings: Settings, *, max_documents: int = 512) -> None:
        self.schema = schema._schema
        self.roots = RootFields(schema)
        self.settings = settings
        self.rows = RowSource(settings.dialect)
        self.max_documents = max_documents
        self._plans: OrderedDict[tuple[str, str | None], Any] = OrderedDict()
        self.served = 0
        self.fallbacks = 0
        # Unexpected exceptions on the compiled path (a bug shows here, not as slowness).
        self.errors = 0
        self.last_fallback: str | None = None  # why the last compiled run gave up (tests, debugging)

    def plan_for(self, query: str, operation_name: str | None) -> Plan | None:
        key = (query, operation_name)
        plan = self._plans.get(key)
        if plan is None:
            plan = compile_document(self.schema, self.settings, query, operation_name) or _UNSUPPORTED
            self._plans[key] = plan
            if len(self._plans) > self.max_documents:
                self._plans.popitem(last=False)
        else:
            self._plans.move_to_end(key)
        return None if plan is _UNSUPPORTED else plan

    async def execute(self, request: dict[str, Any], principal: Principal) -> bytes | None:
        """The response body for a request the HTTP layer parsed (and resolved, for a persisted
        query), or None when the normal executor must answer."""
        self.last_fallback = None
        if principal.read_only:
            # Every use of a view-as-client token is audited by a schema extension, which only the
            # normal executor runs: such requests are not worth a second audit path.
            return None
        extensions = request.get("extensions")
        if extensions is not None and not (isinstance(extensions, dict) and set(extensions) <= {"persistedQuery"}):
            return None
        query, operation_name = request.get("query"), request.get("operationName")
        if not isinstance(query, str) or not (operation_name is None or isinstance(operation_name, str)):
            return None
        raw_variables = request.get("variables")
        if raw_variables is not None and not isinstance(raw_variables, dict):
            return None
        plan = self.plan_for(query, operation_name)
        if plan is None:
            self.fallbacks += 1
            return None
        key = variables_key(raw_variables or {})
        variables = plan.coerced.get(key) if key is not None else None
        if variables is None:
            coerced = get_variable_values(self.schema, plan.operation.variable_definitions or [], raw_variables or {})
            if isinstance(coerced, list):
                self.fallbacks += 1
                return None  # the normal executor reports coercion errors
            variables = coerced
            if key is not None and len(plan.coerced) < MEMO_ENTRIES:
                plan.coerced[key] = variables
        try:
            result = await Execution(
                self.roots, self.rows, principal, suggestions=self.settings.field_suggestions_enabled
            ).run(plan, variables, key)
        except Unsupported as exc:
            log.debug("fastpath_fallback", reason=str(exc))
            self.fallbacks += 1
            self.last_fallback = str(exc)
            return None
        except Exception as exc:  # reads only: the normal executor re-runs it, masks and logs
            # Loud and counted (STYLE 17): a bug here would otherwise only show as slowness.
            self.errors += 1
            self.fallbacks += 1
            self.last_fallback = f"error: {exc!r}"
            log.exception("fastpath_error", error=repr(exc), errors=self.errors)
            return None
        self.served += 1
        return orjson.dumps(result)


__all__ = ["FastPath"]
