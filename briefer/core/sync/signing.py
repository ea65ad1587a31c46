"""Ed25519 keys and detached signatures for Briefer feeds.

A signature file (the feed's name plus `.sig`) is JSON: the signing key's id (first 16 hex
digits of the SHA-256 of its raw public key) and the base64 signature of the feed file's bytes.
The key id lets Briefer say "signed by a key you do not trust" rather than only "bad signature".
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from briefer.core.errors import InputError, os_reason
from briefer.core.i18n import translate
from briefer.core.neutral import Words


class SignatureError(InputError):
    """A feed whose signature is missing, bad, or by a key that is not trusted."""


def _raw(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public: Ed25519PublicKey) -> str:
    return hashlib.sha256(_raw(public)).hexdigest()[:16]


def generate_keys(prefix: Path) -> tuple[Path, Path]:
    """Write `PREFIX.key` (private, owner-only) and `PREFIX.pub`; refuse to overwrite."""
    private_path, public_path = Path(f"{prefix}.key"), Path(f"{prefix}.pub")
    for path in (private_path, public_path):
        if path.exists():
            message = translate("Sync", "{path} exists already; no key was written.")
            raise InputError(
                message.format(path=path), kind="key_exists", facts={"path": str(path)}
            )
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
        public_path.write_bytes(public_pem(private.public_key()))
    except OSError as exc:
        message = translate("Sync", "Cannot write the keys: {error}")
        raise InputError(message.format(error=os_reason(exc))) from exc
    return private_path, public_path


def public_pem(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def load_private(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        message = translate("Sync", "Cannot read the private key {path}: {error}")
        raise InputError(message.format(path=path, error=os_reason(exc))) from exc
    except ValueError as exc:
        message = translate("Sync", "{path} is not a PEM private key.")
        raise InputError(message.format(path=path)) from exc
    if not isinstance(key, Ed25519PrivateKey):
        message = translate("Sync", "{path} is not an Ed25519 private key.")
        raise InputError(message.format(path=path))
    return key


def load_public(text: bytes | str) -> Ed25519PublicKey:
    """A public key from PEM, or from the base64 of its 32 raw bytes."""
    data = text.encode() if isinstance(text, str) else text
    try:
        if b"BEGIN" in data:
            key = serialization.load_pem_public_key(data)
        else:
            key = Ed25519PublicKey.from_public_bytes(base64.b64decode(data.strip(), validate=True))
    except ValueError as exc:
        raise InputError(
            words=Words.translate("Sync", "That is not an Ed25519 public key (PEM or base64).")
        ) from exc
    if not isinstance(key, Ed25519PublicKey):
        raise InputError(words=Words.translate("Sync", "That is not an Ed25519 public key."))
    return key


def sign(private: Ed25519PrivateKey, payload: bytes) -> bytes:
    """The signature file's content for `payload`."""
    return json.dumps(
        {
            "algorithm": "ed25519",
            "key_id": key_id(private.public_key()),
            "signature": base64.b64encode(private.sign(payload)).decode(),
        }
    ).encode()


def verify(payload: bytes, signature_file: bytes, trusted: list[Ed25519PublicKey]) -> str:
    """Check `signature_file` over `payload` against the `trusted` keys; return the key id.

    Raises:
        SignatureError: malformed signature, key not trusted, or signature that does not match.
    """
    try:
        document = json.loads(signature_file)
        wanted = document["key_id"]
        signature = base64.b64decode(document["signature"], validate=True)
    except (ValueError, KeyError, TypeError) as exc:
        raise SignatureError(
            words=Words.translate(
                "Sync", "The feed's signature file is malformed; nothing was changed."
            )
        ) from exc
    for key in trusted:
        if key_id(key) == wanted:
            try:
                key.verify(signature, payload)
            except InvalidSignature as exc:
                raise SignatureError(
                    words=Words.translate(
                        "Sync",
                        "Bad signature: the feed does not match its signature (altered in "
                        "transit or on the server). Nothing was changed.",
                    )
                ) from exc
            return wanted
    raise SignatureError(
        words=Words.translate(
            "Sync",
            "The feed is signed by key {key}, which this source does not trust. "
            "Nothing was changed; add the publisher's public key if you trust it.",
        ).format(key=str(wanted))
    )
