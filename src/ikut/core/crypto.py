"""Encryption at rest for identifying data and notes, and blind indexes for exact-match lookups.

Field values are encrypted with AES-256-GCM (the `cryptography` package's AEAD primitive) and stored as text
tokens "v2.<base64url(key id | nonce | ciphertext and tag)>". Each key in IKUT_ENCRYPTION_KEYS (Fernet keys)
yields its AES key and a 4-byte key id through HKDF-SHA256; the first key encrypts, every listed key
decrypts (picked by its id, not by trying each), so keys can be rotated with `ikut rotate-keys`.
Values written before this format are Fernet tokens (AES-128-CBC + HMAC-SHA256) and are still read under a
MultiFernet; `ikut rotate-keys` rewrites them. Stored files (uploaded documents) stay Fernet. Why two
formats: a Fernet decryption costs ~25 µs of Python around its C calls, an AES-GCM one ~3–6 µs, and a list of
300 attendees decrypts 600 values (docs/performance.md). Keys never live in the database.

A blind index is a keyed HMAC-SHA256 of a normalised value: it lets us find "the same name and date of
birth" without storing or decrypting either.
"""

import base64
import binascii
import datetime
import hashlib
import hmac
import os
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM


# `cryptography` is imported where a value is encrypted or decrypted, not with the models: it adds ~7 MB to a
# web worker (its Rust extension), and a worker serving only the portal or the API's offer check never needs it.
# (`ikut serve` with several workers imports it once in gunicorn's master, shared by all: core/gunicorn_conf.py.)
@lru_cache(maxsize=1)
def _fernet():
    from cryptography.fernet import Fernet, MultiFernet

    return MultiFernet([Fernet(k.encode()) for k in _configured_keys()])


def _configured_keys() -> list[str]:
    """IKUT_ENCRYPTION_KEYS without blanks, first (encrypting) key first."""
    return [k.strip() for k in settings.IKUT_ENCRYPTION_KEYS if k.strip()]


@receiver(setting_changed)
def _reset_keys(setting, **kwargs):
    if setting == "IKUT_ENCRYPTION_KEYS":
        _fernet.cache_clear()
        _field_keys.cache_clear()


TOKEN_PREFIX = "v2."  # AES-256-GCM field tokens; a Fernet token starts with "gAAAAA" and never holds a "."
_KEY_ID_BYTES, _NONCE_BYTES, _TAG_BYTES = 4, 12, 16
_HKDF_INFO = b"ikut field encryption v2: aes-256-gcm key | key id"


@lru_cache(maxsize=1)
def _field_keys() -> "tuple[bytes, AESGCM, dict[bytes, AESGCM], type[Exception]]":
    """(primary key id, primary AESGCM, {key id: AESGCM}, InvalidTag) derived from every configured key.
    InvalidTag rides along because a `from … import` in decrypt() would cost ~2 µs a value."""
    from cryptography.exceptions import InvalidTag
    from cryptography.fernet import Fernet
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    from django.core.exceptions import ImproperlyConfigured

    by_id: dict[bytes, AESGCM] = {}
    derived_by_id: dict[bytes, bytes] = {}
    first = None
    for text in _configured_keys():
        Fernet(text.encode())  # the same validation as ever: 32 bytes, URL-safe base64
        secret = base64.urlsafe_b64decode(text)
        derived = HKDF(algorithm=hashes.SHA256(), length=32 + _KEY_ID_BYTES, salt=None, info=_HKDF_INFO).derive(secret)
        key_id, aead = derived[32:], AESGCM(derived[:32])
        if derived_by_id.setdefault(key_id, derived) != derived:  # 1 in 2**32 for two random keys
            raise ImproperlyConfigured("two IKUT_ENCRYPTION_KEYS share a key id; generate another key")
        by_id.setdefault(key_id, aead)
        if first is None:
            first = (key_id, aead)
    if first is None:
        raise ImproperlyConfigured("IKUT_ENCRYPTION_KEYS is empty")
    return first[0], first[1], by_id, InvalidTag


def _unreadable():
    from cryptography.fernet import InvalidToken

    # A wrong or missing key, or a token edited behind the app's back: fail loudly, never show ciphertext.
    return InvalidToken("Value cannot be decrypted with the configured IKUT_ENCRYPTION_KEYS")


def encrypt(text: str) -> str:
    key_id, aead, _, _ = _field_keys()
    nonce = os.urandom(_NONCE_BYTES)  # random 96-bit nonce: rotate keys long before 2**32 values per key
    sealed = aead.encrypt(nonce, text.encode("utf-8"), None)
    return TOKEN_PREFIX + base64.urlsafe_b64encode(key_id + nonce + sealed).decode("ascii")


def decrypt(token: str) -> str:
    if not token.startswith(TOKEN_PREFIX):
        return _decrypt_fernet(token)
    _, _, by_id, InvalidTag = _field_keys()
    try:
        raw = binascii.a2b_base64(token[len(TOKEN_PREFIX):].replace("-", "+").replace("_", "/"), strict_mode=True)
        if len(raw) < _KEY_ID_BYTES + _NONCE_BYTES + _TAG_BYTES:
            raise ValueError("token too short")
        aead = by_id[raw[:_KEY_ID_BYTES]]
        nonce, sealed = raw[_KEY_ID_BYTES:_KEY_ID_BYTES + _NONCE_BYTES], raw[_KEY_ID_BYTES + _NONCE_BYTES:]
        return aead.decrypt(nonce, sealed, None).decode("utf-8")
    except (ValueError, KeyError, InvalidTag) as exc:  # binascii.Error and UnicodeDecodeError are ValueErrors
        raise _unreadable() from exc


def _decrypt_fernet(token: str) -> str:
    """A value written before the AES-GCM format (or by `ikut restore` of an old backup)."""
    from cryptography.fernet import InvalidToken

    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeError) as exc:
        raise _unreadable() from exc


def under_primary_key(token: bytes) -> bool:
    """True when `token` is already encrypted with the first (current) key."""
    from cryptography.fernet import Fernet, InvalidToken

    primary = _configured_keys()[0]
    try:
        Fernet(primary.encode()).decrypt(token)
    except InvalidToken:
        return False
    return True


def rotate_file(path) -> bool:
    """Re-encrypt one encrypted file under the first key, crash-safe: the new ciphertext goes to a temporary
    file beside it, is flushed to disk, then atomically replaces the original (os.replace). At every moment
    the file holds either the old or the new ciphertext, both readable while the old key is still listed, so
    an interrupted rotation is finished by running it again. Returns False when the file was already current."""
    import os

    path = str(path)
    with open(path, "rb") as fh:
        token = fh.read()
    if under_primary_key(token):
        return False
    rotated = _fernet().rotate(token)
    temporary = path + ".rotating"
    with open(temporary, "wb") as fh:
        fh.write(rotated)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temporary, path)
    return True


def normalise(value) -> str:
    """Case-, accent- and whitespace-insensitive form used for blind indexes."""
    text = unicodedata.normalize("NFKD", str(value)).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split())


def blind_index(*parts) -> str:
    message = "\x1f".join(normalise(p) for p in parts).encode("utf-8")
    key = settings.IKUT_BLIND_INDEX_KEY.encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


class EncryptedMixin:
    """Stores the value as an AES-256-GCM token in a text column; Python sees plaintext."""

    encrypted = True

    def get_internal_type(self):
        return "TextField"

    def db_type(self, connection):
        return models.TextField().db_type(connection)

    def serialise(self, value) -> str:
        return str(value)

    def deserialise(self, text: str):
        return text

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        return self.deserialise(decrypt(value))

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None:
            return None
        return encrypt(self.serialise(value))

    def get_db_prep_value(self, value, connection, prepared=False):
        # Skip the parent's connection-specific conversion (e.g. of dates): we store text.
        return value if prepared else self.get_prep_value(value)

    def get_lookup(self, lookup_name):
        # Ciphertext is randomised: only isnull makes sense. Use a blind index for equality.
        if lookup_name != "isnull":
            return None
        return super().get_lookup(lookup_name)


class EncryptedTextField(EncryptedMixin, models.TextField):
    pass


class EncryptedCharField(EncryptedMixin, models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        super().__init__(*args, **kwargs)

    @property
    def non_db_attrs(self):
        return super().non_db_attrs + ("max_length",)

    def _check_max_length_attribute(self, **kwargs):
        return []

    def cast_db_type(self, connection):
        return self.db_type(connection)


class EncryptedDateField(EncryptedMixin, models.DateField):
    def serialise(self, value):
        return value.isoformat()

    def deserialise(self, text):
        return datetime.date.fromisoformat(text)

    def pre_save(self, model_instance, add):
        return getattr(model_instance, self.attname)


def encrypted_fields(model):
    return [f for f in model._meta.concrete_fields if getattr(f, "encrypted", False)]
