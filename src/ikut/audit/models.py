"""The audit log: append-only and hash-chained.

Each entry stores the SHA-256 of its own content plus the hash of the entry before it, and a gap-free
sequence number taken under a lock on AuditHead. Editing, deleting, inserting or reordering entries
breaks the chain, which `ikut audit verify` reports. On PostgreSQL a trigger also refuses UPDATE and
DELETE on the table. Entries never hold personal data in clear: subjects are named by pseudonymous codes.
"""

import hashlib
import json

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

GENESIS = "0" * 64


class AuditHead(models.Model):
    """One row: the last sequence number and hash. Locking it serialises appends."""

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

    class Meta:
        ordering = ["-seq"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")

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
        payload = json.dumps(self.content(), sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
        return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()

    def save(self, *args, **kwargs):
        if self.pk and not kwargs.pop("_allow_update", False):
            raise PermissionError("Audit entries are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("Audit entries are append-only")
