"""An insider with write access to the database (but not IKUT_AUDIT_KEY, which lives outside it) tries to
rewrite the audit trail. Every attack must be detected by `ikut audit verify` (with the checkpoints that
`ikut audit checkpoint` wrote outside the database, for truncation and rewinding)."""

import hashlib
import json
import os
import socket
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.utils import DatabaseError

from ikut.accounts.models import Role
from ikut.audit import log
from ikut.audit.models import AuditEntry, AuditHead, key_id, signing_key_id
from ikut.core.actors import system
from tests.helpers import make_user

pytestmark = pytest.mark.django_db
SYSTEM = system("test")


@pytest.fixture
def chain(org):
    user = make_user(Role.CASEWORKER, org)
    for i in range(6):
        log.record(user, "participants.participant.view", ("participant", f"IK-2026-{i:04d}"), details={"i": i})
    return list(AuditEntry.objects.order_by("seq"))


def raw(sql, params=()):
    """Write around the model and, on PostgreSQL, with the append-only trigger off (needs the table owner)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_auditentry DISABLE TRIGGER audit_auditentry_append_only")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_auditentry ENABLE TRIGGER audit_auditentry_append_only")


def verify(*checkpoint_files):
    """`ikut audit verify [--checkpoint FILE]…`: the success text, or the TAMPERED message."""
    args = ["audit", "verify"]
    for path in checkpoint_files:
        args += ["--checkpoint", str(path)]
    try:
        out = StringIO()
        call_command(*args, stdout=out)
        return out.getvalue()
    except CommandError as error:
        return str(error)


def checkpoint(tmp_path):
    path = tmp_path / "audit-checkpoints"
    call_command("audit", "checkpoint", "--out", str(path))
    return path


def recompute_from(seq, *, as_key_id, digest):
    """The insider's rewrite: from `seq` on, recompute every hash (with `digest(entry, prev)`) and the head."""
    prev = AuditEntry.objects.get(seq=seq - 1).hash if seq > 1 else "0" * 64
    for entry in AuditEntry.objects.filter(seq__gte=seq).order_by("seq"):
        entry.key_id = as_key_id
        entry.prev_hash = prev
        entry.hash = digest(entry, prev)
        raw("UPDATE audit_auditentry SET key_id = %s, prev_hash = %s, hash = %s WHERE seq = %s",
            [entry.key_id, entry.prev_hash, entry.hash, entry.seq])
        prev = entry.hash
    AuditHead.objects.filter(pk=1).update(hash=prev)


def test_new_entries_carry_the_signing_key_id_and_a_keyed_hash(chain):
    entry = chain[-1]
    assert entry.key_id == signing_key_id() != ""
    plain = json.dumps({**entry.content(), "key_id": entry.key_id}, sort_keys=True, separators=(",", ":"),
                       ensure_ascii=False, default=str)
    assert entry.hash != hashlib.sha256((entry.prev_hash + plain).encode()).hexdigest()
    assert "intact: 6 entries" in verify()


@pytest.mark.audit_tampering
def test_edit_and_recompute_with_plain_sha256_is_detected(chain):
    raw("UPDATE audit_auditentry SET subject_id = %s WHERE seq = 3", ["IK-2026-9999"])

    def sha256(entry, prev):
        entry.key_id = ""
        content = entry.compute_hash(prev)
        entry.key_id = signing_key_id()
        return content

    recompute_from(3, as_key_id=signing_key_id(), digest=sha256)
    message = verify()
    assert "TAMPERED" in message and "seq=3" in message and "edited" in message


@pytest.mark.audit_tampering
def test_recomputing_the_chain_as_unkeyed_entries_is_detected(chain):
    """Without the key the insider could pass the entries off as written before keyed hashing."""
    raw("UPDATE audit_auditentry SET subject_id = %s WHERE seq = 3", ["IK-2026-9999"])
    recompute_from(1, as_key_id="", digest=lambda entry, prev: entry.compute_hash(prev))
    message = verify()
    assert "seq=1" in message and "recomputed without the audit key" in message


@pytest.mark.audit_tampering
def test_recomputing_with_a_guessed_key_is_detected(chain, settings):
    kid = signing_key_id()
    real = settings.IKUT_AUDIT_KEYS
    settings.IKUT_AUDIT_KEYS = ["a-key-the-insider-made-up"]
    from ikut.audit import models

    guessed = key_id("a-key-the-insider-made-up")

    def forged(entry, prev):  # the insider's own key, stored under the real key id
        return models.keyed_digest(guessed, prev + json.dumps(
            {**entry.content(), "key_id": kid}, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str))

    raw("UPDATE audit_auditentry SET action = 'nothing.happened' WHERE seq = 2")
    recompute_from(2, as_key_id=kid, digest=forged)
    settings.IKUT_AUDIT_KEYS = real
    message = verify()
    assert "seq=2" in message and "edited" in message


@pytest.mark.audit_tampering
def test_deleted_middle_entry_is_named(chain):
    raw("DELETE FROM audit_auditentry WHERE seq = 4")
    message = verify()
    assert "seq=5" in message and "deleted" in message


@pytest.mark.audit_tampering
def test_deleted_tail_with_rewound_head_is_caught_by_the_checkpoint(chain, tmp_path):
    path = checkpoint(tmp_path)
    raw("DELETE FROM audit_auditentry WHERE seq >= 5")
    AuditHead.objects.filter(pk=1).update(seq=4, hash=chain[3].hash)
    # Inside the database alone the shortened chain is consistent…
    assert "intact: 4 entries" in verify()
    # …the signed checkpoint kept outside it is not fooled.
    message = verify(path)
    assert "TAMPERED" in message and "recorded seq=6" in message and "deleted from the end" in message


@pytest.mark.audit_tampering
def test_emptied_log_is_caught_by_the_checkpoint(chain, tmp_path):
    """What TRUNCATE (or DELETE everything, by a table owner who turned the triggers off) leaves behind."""
    path = checkpoint(tmp_path)
    raw("DELETE FROM audit_auditentry")
    AuditHead.objects.filter(pk=1).update(seq=0, hash="0" * 64)
    assert "intact: 0 entries" in verify()
    assert "log emptied" in verify(path)


@pytest.mark.audit_tampering
def test_rewritten_chain_differs_from_the_checkpoint(chain, tmp_path):
    """Even a rewrite that verifies on its own (here: legacy entries allowed, so plain SHA-256 passes)
    no longer matches the hash the checkpoint recorded."""
    path = checkpoint(tmp_path)
    raw("UPDATE audit_auditentry SET subject_id = %s WHERE seq = 3", ["IK-2026-9999"])
    recompute_from(1, as_key_id="", digest=lambda entry, prev: entry.compute_hash(prev))
    from django.conf import settings

    settings.IKUT_AUDIT_LEGACY_UNTIL = 6
    try:
        assert "intact" in verify()
        assert "seq=6 does not have the hash the checkpoint" in verify(path)
    finally:
        settings.IKUT_AUDIT_LEGACY_UNTIL = 0


def test_checkpoints_verify_and_a_forged_one_is_refused(chain, tmp_path):
    path = checkpoint(tmp_path)
    log.record(SYSTEM, "participants.participant.view", ("participant", "IK-2026-0100"))
    checkpoint(tmp_path)  # appended: the file keeps every checkpoint
    assert len(path.read_text().splitlines()) == 2
    assert "intact: 7 entries, consistent with 2 checkpoint(s)" in verify(path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    # The insider edits the file to match a shortened log: the signature no longer verifies.
    first = json.loads(path.read_text().splitlines()[0])
    forged = tmp_path / "forged"
    forged.write_text(json.dumps({**first, "seq": 2, "hash": chain[1].hash}) + "\n")
    message = verify(forged)
    assert "TAMPERED" in message and "line 1" in message and "signature does not verify" in message
    junk = tmp_path / "junk"
    junk.write_text("{not json\n")
    assert "line 1 is not a checkpoint" in verify(junk)


def test_checkpoint_goes_to_syslog(chain, tmp_path, settings):
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    receiver.settimeout(10)
    try:
        settings.IKUT_SYSLOG_ADDRESS = f"127.0.0.1:{receiver.getsockname()[1]}"
        settings.IKUT_AUDIT_CHECKPOINT = "syslog"
        call_command("audit", "checkpoint", stdout=StringIO())
        line = receiver.recv(65536).decode()
    finally:
        receiver.close()
    assert "ikut-audit-checkpoint:" in line
    saved = tmp_path / "syslog-extract"
    saved.write_text("Nov 30 10:00:00 host " + line + "\n")
    assert "consistent with 1 checkpoint(s)" in verify(saved)


def test_checkpoint_goes_to_the_configured_file(chain, tmp_path, settings):
    settings.IKUT_AUDIT_CHECKPOINT = str(tmp_path / "cp")
    call_command("audit", "checkpoint", stdout=StringIO())
    assert json.loads((tmp_path / "cp").read_text())["seq"] == 6


@pytest.mark.audit_tampering  # not tampering: the end-of-test check runs after `settings` dropped the new key
def test_rotated_key_old_entries_still_verify(chain, settings):
    old = settings.IKUT_AUDIT_KEYS[0]
    settings.IKUT_AUDIT_KEYS = ["the-new-audit-key-0123456789abcdef", old]
    entry = log.record(SYSTEM, "participants.participant.view", ("participant", "IK-2026-0200"))
    assert entry.key_id == key_id("the-new-audit-key-0123456789abcdef") != chain[0].key_id
    assert "intact: 7 entries" in verify()
    settings.IKUT_AUDIT_KEYS = ["the-new-audit-key-0123456789abcdef"]
    message = verify()
    assert "seq=1" in message and "IKUT_AUDIT_KEY does not hold" in message


@pytest.mark.audit_tampering
def test_entries_from_before_keyed_hashing_verify_up_to_the_configured_seq(org, settings, monkeypatch):
    """The upgrade path: entries written before this version have key id "" and a plain SHA-256."""
    monkeypatch.setattr(log, "signing_key_id", lambda: "")
    for i in range(3):
        log.record(SYSTEM, "participants.participant.view", ("participant", f"IK-2026-{i:04d}"))
    monkeypatch.undo()
    log.record(SYSTEM, "participants.participant.view", ("participant", "IK-2026-0010"))
    message = verify()
    assert "seq=1" in message and "IKUT_AUDIT_LEGACY_UNTIL=0" in message
    settings.IKUT_AUDIT_LEGACY_UNTIL = 3
    assert "intact: 4 entries" in verify()
    # After the first keyed entry nothing unkeyed is accepted, whatever the setting says.
    settings.IKUT_AUDIT_LEGACY_UNTIL = 100
    monkeypatch.setattr(log, "signing_key_id", lambda: "")
    log.record(SYSTEM, "participants.participant.view", ("participant", "IK-2026-0011"))
    assert "seq=5" in verify() and "recomputed without the audit key" in verify()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the TRUNCATE trigger is PostgreSQL's")
def test_postgresql_refuses_truncate(chain):
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("TRUNCATE audit_auditentry")
    assert AuditEntry.objects.count() == 6


def test_production_refuses_to_start_without_the_audit_key(tmp_path):
    from cryptography.fernet import Fernet

    env = {k: v for k, v in os.environ.items() if not k.startswith(("IKUT_", "DJANGO_"))}
    env.update(IKUT_ENV="production", ALLOWED_HOSTS="ikut.example", IKUT_DATA_DIR=str(tmp_path),
               SECRET_KEY="p" + Fernet.generate_key().decode() * 2, IKUT_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
               IKUT_BLIND_INDEX_KEY="blind-index-key-for-the-test")
    run = subprocess.run([sys.executable, "-m", "ikut.cli", "check"], env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode != 0 and "IKUT_AUDIT_KEY" in run.stderr
    key_file = tmp_path / "audit_key"
    key_file.write_text("audit-key-from-a-file-0123456789\n")
    run = subprocess.run([sys.executable, "-m", "ikut.cli", "check"], env={**env, "IKUT_AUDIT_KEY_FILE": str(key_file)},
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
