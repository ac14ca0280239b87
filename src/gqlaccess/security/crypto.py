"""Encryption at rest (TOTP secrets, outbox payloads) with a key derived from the secret key."""

from __future__ import annotations

import base64
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


@lru_cache(maxsize=16)
def _fernet(secret_key: str, purpose: str) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(
        secret_key.encode("utf-8")
    )
    return Fernet(base64.urlsafe_b64encode(key))


def encrypt(secret_key: str, purpose: str, plaintext: str) -> str:
    return _fernet(secret_key, purpose).encrypt(plaintext.encode("utf-8")).decode("ascii")


def decrypt(secret_key: str, purpose: str, ciphertext: str) -> str:
    try:
        return _fernet(secret_key, purpose).decrypt(ciphertext.encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise ValueError("ciphertext cannot be decrypted with this key") from exc
