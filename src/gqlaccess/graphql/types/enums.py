"""Domain enums exposed in the schema."""

from __future__ import annotations

from enum import StrEnum

import strawberry

from ...models import enums as model_enums
from ...policy.capabilities import Capability as PolicyCapability
from ...policy.capabilities import Level as PolicyLevel

AccountStatus = strawberry.enum(model_enums.AccountStatus, name="AccountStatus")
Language = strawberry.enum(model_enums.Language, name="Language")
RoleKind = strawberry.enum(model_enums.RoleKind, name="RoleKind")
ResourceKind = strawberry.enum(model_enums.ResourceKind, name="ResourceKind")
InvitationKind = strawberry.enum(model_enums.InvitationKind, name="InvitationKind")
InvitationStatus = strawberry.enum(model_enums.InvitationStatus, name="InvitationStatus")
DeliveryStatus = strawberry.enum(model_enums.DeliveryStatus, name="DeliveryStatus")
ApiTokenKind = strawberry.enum(model_enums.ApiTokenKind, name="ApiTokenKind")
ExportStatus = strawberry.enum(model_enums.ExportStatus, name="ExportStatus")
ClientStatus = strawberry.enum(model_enums.ClientStatus, name="ClientStatus")
ClientUserStatus = strawberry.enum(model_enums.ClientUserStatus, name="ClientUserStatus")
AuditOutcome = strawberry.enum(model_enums.AuditOutcome, name="AuditOutcome")
Capability = strawberry.enum(PolicyCapability, name="Capability")
CapabilityLevel = strawberry.enum(PolicyLevel, name="CapabilityLevel")


@strawberry.enum(description="PENDING while the user has not accepted the invitation.")
class MembershipStatus(StrEnum):
    PENDING = "PENDING"
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
