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


# ---- opaque identifiers for rows keyed by a sequence (issue 15 §3) ---------------------------------
# A global ID that carried the sequence number let any caller count every tenant's rows. AES on one
# block is a keyed permutation: the same row always gets the same opaque ID, nobody without the key
# can tell neighbours apart or forge one (8 zero bytes must come back on decryption).


@lru_cache(maxsize=16)
def _block_key(secret_key: str, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=16, salt=None, info=f"opaque-id:{purpose}".encode()).derive(
        secret_key.encode("utf-8")
    )


def seal_int(secret_key: str, purpose: str, number: int) -> str:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    encryptor = Cipher(algorithms.AES(_block_key(secret_key, purpose)), modes.ECB()).encryptor()
    block = number.to_bytes(8, "big") + bytes(8)
    return base64.urlsafe_b64encode(encryptor.update(block) + encryptor.finalize()).decode().rstrip("=")


def open_int(secret_key: str, purpose: str, sealed: str) -> int | None:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    try:
        raw = base64.urlsafe_b64decode(sealed + "=" * (-len(sealed) % 4))
    except (ValueError, TypeError):
        return None
    if len(raw) != 16:
        return None
    decryptor = Cipher(algorithms.AES(_block_key(secret_key, purpose)), modes.ECB()).decryptor()
    block = decryptor.update(raw) + decryptor.finalize()
    if block[8:] != bytes(8):
        return None
    return int.from_bytes(block[:8], "big")
