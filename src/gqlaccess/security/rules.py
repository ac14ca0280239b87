"""Input rules of the product (seed 003, SPEC §1): e-mail, name, password strength."""

from __future__ import annotations

import re
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email
from zxcvbn import zxcvbn

# Seed 003: letters, digits and ' & $ # - _ . in the local part, no "..", a valid domain.
_LOCAL_PART = re.compile(r"^[A-Za-z0-9'&$#\-_.]+$")
# Seed 003: letters, digits, spaces and . - _ ' " only (letters of any script).
_NAME = re.compile(r"^[\w .\-'\"]+$", re.UNICODE)
PASSWORD_MIN = 10
PASSWORD_MAX = 256
# zxcvbn judges at most 72 characters; a longer password is judged on its first 72.
_ZXCVBN_PREFIX = 72  # zxcvbn refuses longer input


@dataclass(frozen=True)
class RuleViolation:
    code: str
    message: str


def normalize_email(raw: str) -> str | RuleViolation:
    """Returns the canonical (lower-cased) address, or why it is refused."""
    candidate = (raw or "").strip()
    if not candidate or len(candidate) > 254 or "@" not in candidate:
        return RuleViolation("INVALID_EMAIL", "Enter a valid e-mail address.")
    local, _, _domain = candidate.rpartition("@")
    if not _LOCAL_PART.match(local) or ".." in candidate or local.startswith(".") or local.endswith("."):
        return RuleViolation(
            "INVALID_EMAIL",
            "An e-mail may hold letters, digits and ' & $ # - _ . before the @, never two dots in a row.",
        )
    try:
        result = validate_email(candidate, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        return RuleViolation("INVALID_EMAIL", f"Enter a valid e-mail address: {exc}")
    return result.normalized.lower()


def check_name(raw: str | None) -> str | RuleViolation:
    name = (raw or "").strip()
    if not name:
        return RuleViolation("REQUIRED", "A name is required.")
    if len(name) > 200:
        return RuleViolation("TOO_LONG", "A name has at most 200 characters.")
    if not _NAME.match(name) or not any(ch.isalnum() for ch in name):
        return RuleViolation(
            "INVALID_NAME", "A name may hold letters, digits, spaces and . - _ ' \" only."
        )
    return name


def name_from_email(email: str) -> str:
    """A placeholder name a person can change later: the local part, in allowed characters."""
    local = email.split("@")[0]
    return re.sub(r"[^\w .\-'\"]+", " ", local).strip() or "User"


def check_password(password: str, *, email: str, name: str | None) -> RuleViolation | None:
    if len(password) < PASSWORD_MIN:
        return RuleViolation("PASSWORD_TOO_SHORT", f"Use at least {PASSWORD_MIN} characters.")
    if len(password) > PASSWORD_MAX:
        return RuleViolation("PASSWORD_TOO_LONG", f"Use at most {PASSWORD_MAX} characters.")
    lowered = password.lower()
    personal = [email.lower(), email.split("@")[0].lower()]
    if name:
        personal.append(name.lower())
    if any(lowered == item for item in personal if item):
        return RuleViolation("PASSWORD_TOO_PERSONAL", "The password cannot be your e-mail or your name.")
    verdict = zxcvbn(password[:_ZXCVBN_PREFIX], user_inputs=[p for p in personal if p])
    if verdict["score"] < 3:
        hint = (verdict.get("feedback") or {}).get("warning") or "Add more words or characters."
        return RuleViolation("PASSWORD_TOO_WEAK", f"This password is too easy to guess. {hint}".strip())
    return None
