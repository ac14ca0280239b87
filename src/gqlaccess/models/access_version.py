from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class AccessVersion(Model):
    """One counter per thing a cached access decision depends on (`account:<id>`, `user:<id>`,
    `global`), bumped in the transaction of every change that can alter a decision
    (`services.core.access_changes.access_changed`). Cache fills read it in the same statement as
    the data, so an entry is never tagged newer than what it holds (policy/decision_cache.py)."""

    key = fields.CharField(max_length=64, primary_key=True)
    version = fields.BigIntField(default=0)

    class Meta:
        table = "access_version"
