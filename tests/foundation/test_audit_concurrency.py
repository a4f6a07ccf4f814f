"""Many appends to the audit chain at the same moment, from separate connections: every entry is kept, once, in one
gapless chain that verifies; an append that rolls back with its change leaves no gap; an append made while another
transaction holds the head waits for it and chains onto its entry.

Runs on a transactional database with real threads (each thread has its own connection), like
tests/events/test_capacity_race.py: on PostgreSQL (DATABASE_URL=postgres://...) or on a SQLite file
(IKUT_TEST_SQLITE=/tmp/x.db); in-memory SQLite shares one connection between threads and is skipped.
"""

import threading

import pytest
from django.db import connection, connections, transaction

from ikut.audit import log
from ikut.audit.models import GENESIS, AuditEntry, AuditHead
from ikut.core.actors import system

pytestmark = pytest.mark.django_db(transaction=True)

ACTION = "participants.participant.view"


@pytest.fixture(autouse=True)
def _threads_need_their_own_connections():
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith(("file:memorydb", ":memory:")):
        pytest.skip("in-memory SQLite shares one connection between threads; run with IKUT_TEST_SQLITE=/tmp/x.db "
                    "or on PostgreSQL")


def race(work, threads):
    """Run work(n) in `threads` threads released at the same moment; the exceptions they raised."""
    barrier = threading.Barrier(threads)
    errors = []

    def run(n):
        try:
            barrier.wait(timeout=30)
            work(n)
        except Exception as exc:  # pragma: no cover - reported by the test
            errors.append(exc)
        finally:
            connections.close_all()

    pool = [threading.Thread(target=run, args=(n,)) for n in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in pool), "an append never finished"
    return errors


def assert_one_gapless_chain(expected):
    """The chain verifies and holds exactly the `expected` (thread, i) pairs, each once, seq 1..n."""
    ok, message, checked = log.verify()
    assert ok, message
    entries = list(AuditEntry.objects.order_by("seq").values_list("seq", "details"))
    assert [seq for seq, _ in entries] == list(range(1, len(entries) + 1))
    written = [(details["thread"], details["i"]) for _, details in entries]
    assert len(written) == len(set(written)), "an entry was written twice"
    assert sorted(written) == sorted(expected)
    head = AuditHead.objects.get(pk=1)
    assert (head.seq, checked) == (len(expected), len(expected))


def test_many_threads_appending_at_once_make_one_gapless_chain():
    threads, each = 8, 15
    actor = system("racer")

    def append(n):
        for i in range(each):
            log.record(actor, ACTION, ("participant", f"IK-2026-{n:04d}"), details={"thread": n, "i": i})

    assert race(append, threads) == []
    assert_one_gapless_chain([(n, i) for n in range(threads) for i in range(each)])


def test_appends_in_transactions_that_roll_back_leave_no_gap():
    """Actions append inside their own transaction; every third one fails after its append and rolls back (its
    entry with it) while the others wait for the head it held."""
    threads, each = 6, 12
    actor = system("racer")

    class ChangeFailed(Exception):
        pass

    def act(n):
        for i in range(each):
            try:
                with transaction.atomic():
                    log.record(actor, ACTION, ("participant", f"IK-2026-{n:04d}"), details={"thread": n, "i": i})
                    AuditHead.objects.filter(pk=1).exists()  # more work while the head is held
                    if i % 3 == 0:
                        raise ChangeFailed
            except ChangeFailed:
                pass

    assert race(act, threads) == []
    assert_one_gapless_chain([(n, i) for n in range(threads) for i in range(each) if i % 3])


def test_an_append_while_another_holds_the_head_waits_and_chains_onto_it():
    """The racer's path, made certain: an action's transaction has appended (and holds the head) when another
    connection appends. The second append must wait for the first to commit, then take the next seq and chain
    onto the first entry; it must neither reuse the seq nor chain onto the head the first has not committed yet."""
    actor = system("racer")
    log.record(actor, ACTION, details={"thread": 0, "i": 0})
    started, late = threading.Event(), []

    def append_meanwhile():
        started.set()
        try:
            late.append(log.record(actor, ACTION, details={"thread": 2, "i": 0}))
        finally:
            connections.close_all()

    other = threading.Thread(target=append_meanwhile)
    with transaction.atomic():
        first = log.record(actor, ACTION, details={"thread": 1, "i": 0})
        other.start()
        assert started.wait(timeout=30)
        if connection.vendor == "postgresql":
            _until_an_append_waits_for_the_head()
        assert late == []
    other.join(timeout=60)
    assert [entry.seq for entry in late] == [first.seq + 1]
    assert late[0].prev_hash == first.hash
    assert_one_gapless_chain([(0, 0), (1, 0), (2, 0)])


def _until_an_append_waits_for_the_head():
    """Return once another backend waits for a lock (the head's row lock this transaction holds)."""
    import time

    deadline = time.monotonic() + 30
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute("SELECT pg_stat_clear_snapshot()")  # else a transaction sees its first reading throughout
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                           "AND datname = current_database()")
            if cursor.fetchone()[0]:
                return
            time.sleep(0.01)
    raise AssertionError("the second append never waited for the head")


def test_the_first_append_after_the_head_row_is_gone_creates_it():
    """After `flush` (a restore, the tests' own teardown) the head row is gone: the next append starts the chain."""
    AuditHead.objects.all().delete()
    entry = log.record(system("racer"), ACTION, details={"thread": 0, "i": 0})
    assert (entry.seq, entry.prev_hash) == (1, GENESIS)
    assert_one_gapless_chain([(0, 0)])


def test_the_caseload_is_rendered_after_its_entry_committed_and_without_the_head(client, monkeypatch):
    """What an audited read guarantees before its data leaves the server: when the caseload page is rendered, its
    entry is already committed (another connection sees it) and the head is free (another append does not wait
    for the render). Fails if the view or the request runs in one transaction (ATOMIC_REQUESTS, @atomic)."""
    import datetime

    from django.test.signals import template_rendered
    from django.urls import reverse

    from ikut.accounts.models import Role
    from ikut.participants.models import Assignment, Participant
    from tests.helpers import make_org, make_user, sign_in

    org = make_org()
    user = make_user(Role.CASEWORKER, org)
    participant = Participant.objects.create(organisation=org, first_name="Testi", last_name="Henkilö",
                                             date_of_birth=datetime.date(1990, 5, 1), language="th", created_by=user)
    Assignment.objects.create(participant=participant, user=user, role=Assignment.CaseRole.LEAD)
    sign_in(client, user)
    seen = []

    def from_another_connection():
        try:
            with transaction.atomic():
                if connection.vendor == "postgresql":  # SQLite has no row locks (its write lock is taken at BEGIN)
                    AuditHead.objects.select_for_update(nowait=True).get(pk=1)  # raises if the render holds it
                seen.append(AuditEntry.objects.filter(action="participants.caseload.view").count())
        except Exception as exc:
            seen.append(exc)
        finally:
            connections.close_all()

    def on_render(sender, template, **kwargs):
        if template.name == "participants/dashboard.html" and not seen:
            other = threading.Thread(target=from_another_connection)
            other.start()
            other.join(timeout=30)

    template_rendered.connect(on_render, dispatch_uid="audit-render-check")
    try:
        response = client.get(reverse("participants:dashboard"))
    finally:
        template_rendered.disconnect(dispatch_uid="audit-render-check")
    assert response.status_code == 200 and participant.code in response.content.decode()
    assert seen == [1]
