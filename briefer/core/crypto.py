"""The user's data encrypted at rest: the passphrase, its key file, and the key held in memory.

`user.db` is an SQLCipher 4 database keyed with a random 256-bit data key. The data key is
stored only wrapped (AES-256-GCM) in the small plain key file `user.key.json` beside it: once
under a key derived from the passphrase with scrypt (memory-hard: 2**17 x 8 x 128 bytes = 128
MiB, which makes guessing on graphics cards costly; hashlib has it, so no new dependency), and
once under a recovery key shown to the user once. The key file holds salts, scrypt parameters
and the wrapped keys, never a key. The unwrapped data key is given to SQLCipher as a raw key
(`PRAGMA key = "x'...'"`), so SQLCipher's own PBKDF2 is skipped; pages stay SQLCipher 4's
defaults (4096 bytes, AES-256-CBC, HMAC-SHA512 per page, WAL pages encrypted the same way).

Whether the store is encrypted is read from `user.db` itself (a plain SQLite file starts with
its magic string), so a crash between writing the key file and swapping the database in leaves a
plain store that opens as before. The data key lives only in this process's memory, in
`KEYRING`, by data folder; locking forgets it.
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefer.core.datafolder import DataFolder
from briefer.core.errors import StoreError
from briefer.core.i18n import translate

SQLITE_MAGIC = b"SQLite format 3\x00"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
KEY_FILE_FORMAT = 1
_AAD = b"briefer user.db data key v1"
PASSPHRASE_FILE_ENV = "BRIEFER_PASSPHRASE_FILE"


class PassphraseError(StoreError):
    """A wrong passphrase or recovery key: nothing was opened or changed."""

    default_kind = "wrong_passphrase"


class LockedError(StoreError):
    """The store is encrypted and no key for it is in memory."""

    default_kind = "locked"


def is_encrypted(data: DataFolder) -> bool:
    """Whether `user.db` is encrypted: its key file exists and the file is not plain SQLite.

    A damaged file without a key file is not taken for encrypted data: it is reported as damaged
    rather than met with a passphrase prompt that no passphrase can answer.
    """
    if not data.key_file.exists() and KEYRING.get(data) is None:
        return False
    try:
        with data.user_db.open("rb") as file:
            head = file.read(16)
    except OSError:
        return False
    return len(head) == 16 and head != SQLITE_MAGIC


class Keyring:
    """The data keys of unlocked data folders, in this process's memory only."""

    def __init__(self) -> None:
        self._keys: dict[Path, bytes] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _name(data: DataFolder) -> Path:
        return data.root.expanduser().resolve()

    def get(self, data: DataFolder) -> bytes | None:
        with self._lock:
            return self._keys.get(self._name(data))

    def put(self, data: DataFolder, key: bytes) -> None:
        with self._lock:
            self._keys[self._name(data)] = key

    def forget(self, data: DataFolder) -> None:
        with self._lock:
            self._keys.pop(self._name(data), None)


KEYRING = Keyring()


def key_for(data: DataFolder) -> bytes | None:
    """The data key to open `data`'s user.db: None when it is plain.

    Raises:
        LockedError: it is encrypted and not unlocked in this process.
    """
    if not is_encrypted(data):
        return None
    key = KEYRING.get(data)
    if key is None:
        message = translate(
            "Crypto", "Your Briefer data at {path} is locked: it needs the passphrase to open."
        )
        raise LockedError(message.format(path=data.root), facts={"path": str(data.root)})
    return key


# --- the key file ----------------------------------------------------------------------------


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _scrypt(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib  # OpenSSL's: loaded when a passphrase is used, not by every start

    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32)


def _wrap(kek: bytes, key: bytes) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(kek).encrypt(nonce, key, _AAD))}


def _unwrap(kek: bytes, box: dict[str, str]) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(_unb64(box["nonce"]), _unb64(box["wrapped"]), _AAD)
    except InvalidTag:
        return None


def _passphrase_box(passphrase: str, key: bytes) -> dict[str, Any]:
    salt = os.urandom(16)
    kek = _scrypt(passphrase.encode("utf-8"), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    kdf = {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)}
    return {"kdf": kdf, **_wrap(kek, key)}


def _recovery_kek(recovery: bytes) -> bytes:
    """The recovery key is 256 random bits: a plain hash is enough to turn it into a key."""
    import hashlib

    return hashlib.sha256(b"briefer recovery key v1" + recovery).digest()


def format_recovery_key(raw: bytes) -> str:
    """The recovery key as the user writes it down: base32 in groups of four."""
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        return None
    return raw if len(raw) == 32 else None


@dataclass(frozen=True)
class KeyFile:
    """The plain `user.key.json`: wrapped data keys, salts and scrypt parameters; no key."""

    passphrase: dict[str, Any]
    recovery: dict[str, Any]

    def to_json(self) -> str:
        body = {"format": KEY_FILE_FORMAT, "cipher": "sqlcipher4-raw-key"}
        return json.dumps({**body, "passphrase": self.passphrase, "recovery": self.recovery})


def read_key_file(data: DataFolder) -> KeyFile:
    try:
        body = json.loads(data.key_file.read_text(encoding="utf-8"))
        return KeyFile(body["passphrase"], body["recovery"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        message = translate(
            "Crypto",
            "Your Briefer data at {path} is encrypted but its key file {key_file} is missing "
            "or damaged ({error}); without it the data cannot be opened.",
        )
        raise StoreError(
            message.format(path=data.user_db, key_file=data.key_file, error=exc),
            kind="key_file",
        ) from exc


def write_atomic(path: Path, text: str) -> None:
    """Write `path` whole or not at all: a new file, flushed to disk, renamed over it."""
    part = path.with_name(path.name + ".part")
    with part.open("w", encoding="utf-8") as file:
        file.write(text)
        file.flush()
        os.fsync(file.fileno())
    part.replace(path)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_key_file(passphrase: str, key: bytes) -> tuple[KeyFile, str]:
    """A key file for `key` under `passphrase` and a new recovery key (returned, shown once)."""
    recovery = os.urandom(32)  # what secrets.token_bytes returns
    keys = KeyFile(_passphrase_box(passphrase, key), _wrap(_recovery_kek(recovery), key))
    return keys, format_recovery_key(recovery)


def _wrong() -> PassphraseError:
    return PassphraseError(
        translate("Crypto", "The passphrase is wrong; nothing was opened or changed.")
    )


def unwrap_with_passphrase(keys: KeyFile, passphrase: str) -> bytes:
    """The data key, or PassphraseError."""
    kdf = keys.passphrase["kdf"]
    salt = _unb64(kdf["salt"])
    kek = _scrypt(passphrase.encode("utf-8"), salt, int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
    key = _unwrap(kek, keys.passphrase)
    if key is None:
        raise _wrong()
    return key


def unwrap_with_recovery(keys: KeyFile, recovery_text: str) -> bytes:
    raw = parse_recovery_key(recovery_text)
    key = _unwrap(_recovery_kek(raw), keys.recovery) if raw else None
    if key is None:
        raise PassphraseError(
            translate("Crypto", "The recovery key is wrong; nothing was opened or changed."),
            kind="wrong_recovery_key",
        )
    return key


def unlock(data: DataFolder, passphrase: str) -> bytes:
    """Check `passphrase` and keep the data key in memory; PassphraseError when wrong."""
    key = unwrap_with_passphrase(read_key_file(data), passphrase)
    KEYRING.put(data, key)
    return key


def lock(data: DataFolder) -> None:
    KEYRING.forget(data)


# --- connections -------------------------------------------------------------------------------


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(uri: str, key: bytes | None, **kwargs: Any) -> sqlite3.Connection:
    """A connection to the database at `uri`: SQLite's own when plain, SQLCipher's when keyed."""
    if key is None:
        return sqlite3.connect(uri, uri=True, **kwargs)
    import sqlcipher3

    conn = sqlcipher3.connect(uri, uri=True, **kwargs)
    conn.execute(key_pragma(key))
    return conn  # type: ignore[no-any-return]


def is_keyed(conn: Any) -> bool:
    return type(conn).__module__.startswith("sqlcipher3")


def _errors(name: str) -> tuple[type[BaseException], ...]:
    import sys

    module = sys.modules.get("sqlcipher3.dbapi2")
    own = getattr(sqlite3, name)
    return (own, getattr(module, name)) if module else (own,)


def database_errors() -> tuple[type[BaseException], ...]:
    """SQLite's error class and, once SQLCipher is loaded, SQLCipher's (a separate hierarchy)."""
    return _errors("DatabaseError")


def operational_errors() -> tuple[type[BaseException], ...]:
    return _errors("OperationalError")


# --- sealed files (an exported selection with a passphrase) -----------------------------------

SEALED_FORMAT = "briefer-sealed"


def seal(plain: bytes, passphrase: str) -> bytes:
    """`plain` encrypted with AES-256-GCM under an scrypt key from `passphrase`, as JSON."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    key = _scrypt(passphrase.encode("utf-8"), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    kdf = {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)}
    data = AESGCM(key).encrypt(nonce, plain, SEALED_FORMAT.encode())
    body = {"format": SEALED_FORMAT, "version": 1, "kdf": kdf, "nonce": _b64(nonce)}
    return json.dumps({**body, "data": _b64(data)}).encode("ascii")


def is_sealed(raw: bytes) -> bool:
    return raw.lstrip()[:1] == b"{" and f'"format": "{SEALED_FORMAT}"'.encode() in raw[:64]


def unseal(raw: bytes, passphrase: str) -> bytes:
    """The contents of a sealed file; PassphraseError when the passphrase is wrong."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    body = json.loads(raw)
    kdf = body["kdf"]
    secret = passphrase.encode("utf-8")
    key = _scrypt(secret, _unb64(kdf["salt"]), int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
    try:
        return AESGCM(key).decrypt(
            _unb64(body["nonce"]), _unb64(body["data"]), SEALED_FORMAT.encode()
        )
    except InvalidTag as exc:
        raise PassphraseError(
            translate("Crypto", "The file's passphrase is wrong; nothing was read."),
            kind="wrong_file_passphrase",
        ) from exc
