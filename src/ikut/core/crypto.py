"""Encryption at rest for identifying data and notes, and blind indexes for exact-match lookups.

Values are encrypted with Fernet (AES-128-CBC + HMAC-SHA256, from the `cryptography` package) under a
MultiFernet: the first key in IKUT_ENCRYPTION_KEYS encrypts, every listed key decrypts, so keys can be
rotated with `ikut rotate-keys`. Keys never live in the database.

A blind index is a keyed HMAC-SHA256 of a normalised value: it lets us find "the same name and date of
birth" without storing or decrypting either.
"""

import datetime
import hashlib
import hmac
import unicodedata
from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver


# `cryptography` is imported where a value is encrypted or decrypted, not with the models: it adds ~7 MB to a
# web worker (its Rust extension), and a worker serving only the portal or the API's offer check never needs it.
@lru_cache(maxsize=1)
def _fernet():
    from cryptography.fernet import Fernet, MultiFernet

    keys = [k.strip() for k in settings.IKUT_ENCRYPTION_KEYS if k.strip()]
    return MultiFernet([Fernet(k.encode()) for k in keys])


@receiver(setting_changed)
def _reset_keys(setting, **kwargs):
    if setting == "IKUT_ENCRYPTION_KEYS":
        _fernet.cache_clear()


def encrypt(text: str) -> str:
    return _fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    from cryptography.fernet import InvalidToken

    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken as exc:  # a wrong or missing key: fail loudly, never show ciphertext
        raise InvalidToken("Value cannot be decrypted with the configured IKUT_ENCRYPTION_KEYS") from exc


def under_primary_key(token: bytes) -> bool:
    """True when `token` is already encrypted with the first (current) key."""
    from cryptography.fernet import Fernet, InvalidToken

    primary = next(k.strip() for k in settings.IKUT_ENCRYPTION_KEYS if k.strip())
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
    """Stores the value as Fernet ciphertext in a text column; Python sees plaintext."""

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
