import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.utils import DatabaseError
from django.urls import reverse

from ikut.accounts.models import Role
from ikut.audit import log
from ikut.audit.models import AuditEntry
from tests.helpers import make_user, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def chain(org):
    user = make_user(Role.CASEWORKER, org)
    for i in range(6):
        log.record(user, "participants.participant.view", ("participant", f"IK-2026-{i:04d}"), details={"i": i})
    return list(AuditEntry.objects.order_by("seq"))


def raw(sql, params=()):
    """Tamper the way an attacker with database access would: around the model and, on PostgreSQL,
    with the append-only trigger switched off (which needs the table owner)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_auditentry DISABLE TRIGGER audit_auditentry_append_only")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_auditentry ENABLE TRIGGER audit_auditentry_append_only")


def verify_message():
    with pytest.raises(CommandError) as caught:
        call_command("audit", "verify")
    return str(caught.value)


def test_untouched_chain_verifies(chain, capsys):
    call_command("audit", "verify")
    assert "intact: 6 entries" in capsys.readouterr().out


@pytest.mark.audit_tampering
def test_edited_entry_is_named(chain):
    raw("UPDATE audit_auditentry SET subject_id = %s WHERE seq = 3", ["IK-2026-9999"])
    assert "seq=3" in verify_message() and "edited" in verify_message()


@pytest.mark.audit_tampering
def test_deleted_entry_is_named(chain):
    raw("DELETE FROM audit_auditentry WHERE seq = 4")
    message = verify_message()
    assert "seq=5" in message and "deleted" in message


@pytest.mark.audit_tampering
def test_deleted_last_entry_is_detected(chain):
    raw("DELETE FROM audit_auditentry WHERE seq = 6")
    assert "deleted from the end" in verify_message()


@pytest.mark.audit_tampering
def test_inserted_entry_is_named(chain):
    forged = chain[2]
    # Make room at seq 4 (two steps, so the unique constraint holds), then slip a forged entry in.
    raw("UPDATE audit_auditentry SET seq = seq + 100 WHERE seq >= 4")
    raw("UPDATE audit_auditentry SET seq = seq - 99 WHERE seq >= 104")
    raw("INSERT INTO audit_auditentry (seq, at, actor_label, actor_role, action, subject_type, subject_id, reason,"
        " details, prev_hash, hash, key_id) VALUES (4, %s, '', '', 'forged', '', '', '', '{}', %s, %s, '')",
        [forged.at, forged.hash, "f" * 64])
    message = verify_message()
    assert "seq=4" in message


@pytest.mark.audit_tampering
def test_reordered_entries_are_named(chain):
    # Swap the content of entries 2 and 3 by swapping their sequence numbers.
    raw("UPDATE audit_auditentry SET seq = 1000 WHERE seq = 2")
    raw("UPDATE audit_auditentry SET seq = 2 WHERE seq = 3")
    raw("UPDATE audit_auditentry SET seq = 3 WHERE seq = 1000")
    message = verify_message()
    assert "seq=2" in message


def test_model_refuses_update_and_delete(chain):
    entry = chain[0]
    entry.action = "changed"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the database-level guard is PostgreSQL's")
def test_postgresql_refuses_update_and_delete(chain):
    for sql in ("UPDATE audit_auditentry SET action = 'x' WHERE seq = 1", "DELETE FROM audit_auditentry WHERE seq = 1"):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql)


def test_dpo_browses_and_filters_the_log(client, chain, org):
    dpo = make_user(Role.DPO, org)
    sign_in(client, dpo)
    page = client.get(reverse("audit:list"), {"subject": "IK-2026-0003"}).content.decode()
    assert "IK-2026-0003" in page and "IK-2026-0004" not in page
    verify_page = client.get(reverse("audit:verify")).content.decode()
    assert 'id="chain-status"' in verify_page and "msg error" not in verify_page
    # Browsing is itself audited.
    assert AuditEntry.objects.filter(action="audit.log.browse", actor=dpo).exists()


def test_entries_verify_after_a_round_trip_through_the_database(org):
    """Values hashed in one form and read back in another (an integer id read back as text, a date, a
    decimal, a tuple, integer keys, an upper-case IPv6 address) must not look like tampering."""
    import datetime
    import decimal

    user = make_user(Role.CASEWORKER, org)
    log.record(user, "reporting.completeness.view", ("completeness", user.pk), ip="2001:DB8::0:1")
    log.record(user, "participants.participant.view", ("period", 7),
               details={"on": datetime.date(2026, 11, 30), "amount": decimal.Decimal("12.50"),
                        "ids": (1, 2), 3: "three", "nested": {"x": None}})
    assert log.verify()[0], log.verify()[1]
    entry = AuditEntry.objects.get(action="reporting.completeness.view")
    assert entry.subject_id == str(user.pk) and entry.ip == "2001:db8::1"


def test_opening_esf_completeness_keeps_the_chain_valid(client, org):
    """The reported case: a caseworker opening "ESF+ data still missing" broke `ikut audit verify`."""
    user = make_user(Role.CASEWORKER, org)
    sign_in(client, user)
    assert client.get(reverse("reporting:completeness")).status_code == 200
    call_command("audit", "verify")  # raises CommandError on a broken chain


@pytest.mark.parametrize("fails", ["pre_save", "post_save"])
def test_a_read_whose_audit_entry_cannot_be_written_is_not_shown(client, org, fails):
    """The caseload's audit entry is written before the page is rendered: if it cannot be, the visitor gets an error
    page without the caseload, and the head has not moved (nothing half-written stays). The append fails before its
    INSERT (pre_save) or after it, before the head moves (post_save: the inserted row must be rolled back)."""
    import datetime

    from django.db.models import signals

    from ikut.audit.models import AuditHead
    from ikut.participants.models import Assignment, Participant

    user = make_user(Role.CASEWORKER, org)
    participant = Participant.objects.create(organisation=org, first_name="Testi", last_name="Henkilö",
                                             date_of_birth=datetime.date(1990, 5, 1), language="th", created_by=user)
    Assignment.objects.create(participant=participant, user=user, role=Assignment.CaseRole.LEAD)
    sign_in(client, user)
    assert participant.code in client.get(reverse("participants:dashboard")).content.decode()
    before = (AuditEntry.objects.count(), AuditHead.objects.get(pk=1).seq)

    def refuse(*args, **kwargs):
        raise DatabaseError("the audit log cannot be written")

    signal = getattr(signals, fails)
    signal.connect(refuse, sender=AuditEntry, weak=False, dispatch_uid="test-audit-refuse")
    try:
        client.raise_request_exception = False
        response = client.get(reverse("participants:dashboard"))
    finally:
        signal.disconnect(sender=AuditEntry, dispatch_uid="test-audit-refuse")
    assert response.status_code == 500
    assert participant.code not in response.content.decode()
    assert (AuditEntry.objects.count(), AuditHead.objects.get(pk=1).seq) == before


def test_an_append_stores_every_field_as_the_orm_would(org):
    """`record` writes the entry with its own INSERT (issue 17): each column holds what Model.save() would have
    stored, the returned entry is the saved row (id, database, not "adding"), and post_save receivers see it as
    a created row, as they did when the ORM saved it."""
    from django.db.models import signals

    user = make_user(Role.CASEWORKER, org)
    seen = []

    def saved(sender, instance, created, raw, using, update_fields, **kwargs):
        seen.append((instance, created, raw, using, update_fields, instance.pk))

    signals.post_save.connect(saved, sender=AuditEntry, weak=False, dispatch_uid="test-audit-saved")
    try:
        entry = log.record(user, "participants.participant.view", ("participants.participant", "IK-2026-0042"),
                           reason="a reason: ääkköset", ip="2001:db8::1",
                           details={"identity": True, "n": 3, "nested": {"x": [1, "y"]}})
    finally:
        signals.post_save.disconnect(sender=AuditEntry, dispatch_uid="test-audit-saved")
    assert seen == [(entry, True, False, "default", None, entry.pk)]
    assert entry.pk is not None and entry._state.db == "default" and not entry._state.adding
    stored = AuditEntry.objects.get(pk=entry.pk)
    columns = [field.attname for field in AuditEntry._meta.concrete_fields]
    assert [getattr(stored, name) for name in columns] == [getattr(entry, name) for name in columns]
    assert (stored.actor_id, stored.actor_label, stored.organisation_id) == (user.pk, user.email, org.pk)
    assert stored.compute_hash(stored.prev_hash) == stored.hash
    assert log.verify()[0]
