"""Secrets: password hashing, opaque tokens, encryption at rest, TOTP, input rules."""
