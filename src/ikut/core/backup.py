"""Encrypted backups: all IKUT data as Django fixtures, gzip-compressed, then Fernet-encrypted with
IKUT_BACKUP_KEY (kept apart from the database and from IKUT_ENCRYPTION_KEYS). Identifying fields are
plaintext inside the encrypted envelope and are re-encrypted with the current keys on restore.
"""

import gzip
import io
import json
import tempfile
from pathlib import Path

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

MAGIC = b"IKUTBK1\n"
EXCLUDE = ["contenttypes", "auth.permission"]


def _fernet():
    if not settings.IKUT_BACKUP_KEY:
        raise CommandError("IKUT_BACKUP_KEY (or IKUT_BACKUP_KEY_FILE) must be set to make or read backups.")
    return Fernet(settings.IKUT_BACKUP_KEY.encode())


def dump_json() -> str:
    out = io.StringIO()
    call_command("dumpdata", natural_foreign=True, exclude=EXCLUDE, stdout=out, verbosity=0, indent=None)
    return out.getvalue()


def write(path: Path) -> int:
    data = dump_json().encode("utf-8")
    blob = MAGIC + _fernet().encrypt(gzip.compress(data))
    path.write_bytes(blob)
    path.chmod(0o600)
    return len(json.loads(data))


def read(path: Path) -> str:
    blob = path.read_bytes()
    if not blob.startswith(MAGIC):
        raise CommandError(f"{path} is not an IKUT backup.")
    return gzip.decompress(_fernet().decrypt(blob[len(MAGIC):])).decode("utf-8")


def restore(path: Path) -> int:
    from ikut.accounts.models import User
    from ikut.audit.models import AuditEntry, audit_truncation_allowed

    text = read(path)
    call_command("migrate", interactive=False, verbosity=0)
    if User.objects.exists() or AuditEntry.objects.exists():
        raise CommandError("Restore needs an empty database (fresh DATABASE_URL); this one already holds data.")
    # Migrations ship content (rights articles, rules, the starter taxonomy, the course). The backup holds
    # that content as it was, edits included, so empty every table first and load exactly what was saved.
    with audit_truncation_allowed():  # the audit table is empty (checked above); PostgreSQL refuses TRUNCATE
        call_command("flush", interactive=False, verbosity=0)
    with tempfile.TemporaryDirectory() as tmp:
        fixture = Path(tmp) / "ikut-backup.json"
        fixture.write_text(text, encoding="utf-8")
        with transaction.atomic():
            call_command("loaddata", str(fixture), verbosity=0)
    return len(json.loads(text))
