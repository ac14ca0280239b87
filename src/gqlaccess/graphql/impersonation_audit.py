"""Every request made with a view-as-client token is audited (seed 002's "Voir en tant que client")."""

from __future__ import annotations

from collections.abc import AsyncIterator

from strawberry.extensions import SchemaExtension

from ..models import Client
from ..models.enums import AuditOutcome
from ..policy.principal import PrincipalKind
from ..services.audit import audit


class AuditImpersonation(SchemaExtension):
    async def on_execute(self) -> AsyncIterator[None]:  # type: ignore[override]
        context = self.execution_context.context
        principal = getattr(context, "principal", None)
        if principal is not None and principal.kind == PrincipalKind.IMPERSONATION:
            client_id = principal.impersonated_client_id
            account_id = await Client.filter(id=client_id).first().values_list("account_id", flat=True)
            operation = self.execution_context.operation_type
            await audit.record(
                principal, "client.impersonation_use", AuditOutcome.ALLOWED,
                account_id=account_id, target_type="Client", target_id=str(client_id), ip=context.ip,
                details={"operation": self.execution_context.operation_name,
                         "type": operation.value if operation is not None else None},
            )
        yield
