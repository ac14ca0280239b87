"""Exports (issue 6): users, clients and audit-trail CSV files, zipped, mailed, downloadable."""

import strawberry

from .export_audit_events import export_audit_events
from .export_clients import export_clients
from .export_users import export_users


@strawberry.type
class ExportMutations:
    export_users = strawberry.mutation(resolver=export_users)
    export_clients = strawberry.mutation(resolver=export_clients)
    export_audit_events = strawberry.mutation(resolver=export_audit_events)
