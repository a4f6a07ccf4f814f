"""Many appends to the audit chain at the same moment, from separate connections: every entry is kept, once, in one
gapless chain that verifies; an append that rolls back with its change leaves no gap; an append whose head moved
between reading it and moving it starts again from the new head.

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


def test_an_append_whose_head_moved_meanwhile_starts_again_from_the_new_head(monkeypatch):
    """The racer's path, made certain: another connection appends between this append's read of the head and its
    move of the head. The late append must not reuse the seq or chain onto the old head."""
    actor = system("racer")
    log.record(actor, ACTION, details={"thread": 0, "i": 0})
    real_chain = log._chain
    interleaved = []

    def chain_then_let_another_append_in(entry, prev_seq, prev_hash):
        real_chain(entry, prev_seq, prev_hash)
        if not interleaved:
            interleaved.append(prev_seq)
            other = threading.Thread(target=lambda: (log.record(actor, ACTION, details={"thread": 1, "i": 0}),
                                                     connections.close_all()))
            other.start()
            other.join(timeout=30)

    monkeypatch.setattr(log, "_chain", chain_then_let_another_append_in)
    late = log.record(actor, ACTION, details={"thread": 2, "i": 0})
    assert interleaved == [1]
    assert late.seq == 3
    assert late.prev_hash == AuditEntry.objects.get(seq=2).hash
    assert_one_gapless_chain([(0, 0), (1, 0), (2, 0)])


def test_the_first_append_after_the_head_row_is_gone_creates_it():
    """After `flush` (a restore, the tests' own teardown) the head row is gone: the next append starts the chain."""
    AuditHead.objects.all().delete()
    entry = log.record(system("racer"), ACTION, details={"thread": 0, "i": 0})
    assert (entry.seq, entry.prev_hash) == (1, GENESIS)
    assert_one_gapless_chain([(0, 0)])
