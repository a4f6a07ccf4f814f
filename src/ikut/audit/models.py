"""The audit log: append-only and hash-chained with a key kept outside the database.

Each entry stores an HMAC-SHA256 (key `IKUT_AUDIT_KEY`, its id in `key_id`) of its own content plus the hash
of the entry before it, and a gap-free sequence number taken under a lock on AuditHead. Entries written
before keyed hashing have key_id "" and a plain SHA-256; they are accepted only up to
IKUT_AUDIT_LEGACY_UNTIL, so someone without the key cannot recompute the chain as "legacy" entries. Editing,
deleting, inserting or reordering entries breaks the chain, which `ikut audit verify` reports. On PostgreSQL a
trigger also refuses UPDATE and DELETE on the table. Entries never hold personal data in clear: subjects are
named by pseudonymous codes.
"""

import contextlib
import hashlib
import hmac
import json

from django.conf import settings
from django.db import connection, models
from django.utils.translation import gettext_lazy as _

from . import codes

GENESIS = "0" * 64


class UnknownAuditKey(Exception):
    """An entry or checkpoint names a key id that IKUT_AUDIT_KEY does not hold."""


def key_id(key: str) -> str:
    """A short public name for a key (12 hex digits of a hash of it): stored in each entry."""
    return hashlib.sha256(b"ikut-audit-key-id:" + key.encode("utf-8")).hexdigest()[:12]


# Every audited request hashes its entry with the signing key: the keys' ids are worked out once per configured
# list of keys (the key of this cache is the list itself, so a changed setting is a new entry, not a stale one).
_keys_by_setting: dict = {}


def audit_keys() -> dict:
    """{key id: key bytes} in settings order; the first signs."""
    configured = tuple(settings.IKUT_AUDIT_KEYS)
    keys = _keys_by_setting.get(configured)
    if keys is None:
        keys = _keys_by_setting[configured] = {key_id(key): key.encode("utf-8") for key in configured}
    return keys


def signing_key_id() -> str:
    return next(iter(audit_keys()))


def keyed_digest(kid: str, message: str) -> str:
    key = audit_keys().get(kid)
    if key is None:
        raise UnknownAuditKey(kid)
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).hexdigest()


@contextlib.contextmanager
def audit_truncation_allowed():
    """Let `flush` empty the database on PostgreSQL, where a trigger refuses TRUNCATE of the audit table.
    Only for a database whose audit table is already empty (restore) and for tests; needs the table owner."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE audit_auditentry DISABLE TRIGGER audit_auditentry_no_truncate")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE audit_auditentry ENABLE TRIGGER audit_auditentry_no_truncate")


class AuditHead(models.Model):
    """One row: the last sequence number and hash. Appends lock it (SELECT ... FOR UPDATE) until they commit, which
    serialises them: see `log.record`."""

    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, default=GENESIS)


class AuditEntry(models.Model):
    seq = models.BigIntegerField(unique=True)
    at = models.DateTimeField(db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              db_constraint=False, related_name="+")
    actor_label = models.CharField(max_length=200, blank=True)
    actor_role = models.CharField(max_length=40, blank=True)
    organisation_id = models.BigIntegerField(null=True, blank=True)
    action = models.CharField(max_length=80, db_index=True)
    subject_type = models.CharField(max_length=80, blank=True, db_index=True)
    subject_id = models.CharField(max_length=80, blank=True, db_index=True)
    reason = models.TextField(blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    details = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)
    # Which IKUT_AUDIT_KEY made `hash` ("" = an entry from before keyed hashing: plain SHA-256).
    key_id = models.CharField(max_length=16, blank=True, default="")

    class Meta:
        ordering = ["-seq"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")

    @property
    def action_label(self):
        """What the audit pages show: the registry's translated label (old codes map to theirs)."""
        return codes.label(self.action)

    @property
    def canonical_action(self):
        """The code written for this event today (an entry from before the registry keeps its old code)."""
        return codes.canonical(self.action)

    def content(self) -> dict:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(timespec="microseconds"),
            "actor": self.actor_id,
            "actor_label": self.actor_label,
            "actor_role": self.actor_role,
            "organisation": self.organisation_id,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "reason": self.reason,
            "ip": self.ip,
            "details": self.details,
        }

    def compute_hash(self, prev_hash: str) -> str:
        """HMAC-SHA256 under the key named by key_id (which is hashed too); key_id "" = legacy SHA-256.
        Raises UnknownAuditKey when the key is not configured."""
        content = self.content()
        if self.key_id:
            content["key_id"] = self.key_id
        payload = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
        if self.key_id:
            return keyed_digest(self.key_id, prev_hash + payload)
        return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()

    def save(self, *args, **kwargs):
        if self.pk and not kwargs.pop("_allow_update", False):
            raise PermissionError("Audit entries are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("Audit entries are append-only")
