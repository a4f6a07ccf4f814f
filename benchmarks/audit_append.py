"""Benchmark: audit-chain appends from many connections at once, against a bare insert measured in the same run.

    PYTHONPATH=src python benchmarks/audit_append.py [--threads 1,3,10] [--duration 5]

Creates a throw-away PostgreSQL database (bench_perf_audit_<pid> on BENCH_PG), migrates it, then for each thread
count runs, for `--duration` seconds each, a closed loop in every thread (each thread has its own connection):
  bare insert  baseline: one row of the same shape into an unlocked table in its own transaction (BEGIN, INSERT,
               COMMIT): what an append costs without the chain
  append       `audit.log.record(...)` as a view calls it (autocommit, its own transaction)
  append (tx)  `audit.log.record(...)` inside an outer transaction that does one more write after it, as an
               action does (the entry commits with the change)
While each loop runs, a sampler reads pg_stat_activity every 2 ms and counts how often a backend of this database
waits for a lock (wait_event_type = 'Lock'): the share of the threads' time spent queueing behind the head.
Prints appends/s, p50/p95 per call, the lock-wait share and the ratio to the bare insert at the same thread count;
at the end `audit verify` over everything appended. No timed assertions anywhere.
"""

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from benchlib import header, load_average, percentile, throwaway_database  # noqa: E402


def closed_loop(fn, threads, seconds):
    """Run `fn` in `threads` threads for `seconds`; (latencies ms, errors, elapsed s)."""
    from django.db import connections

    latencies, errors, lock = [], [], threading.Lock()
    window = [0.0, 0.0]  # start, stop: set when every thread is connected and warm

    def start_clock():
        window[0] = time.monotonic()
        window[1] = window[0] + seconds

    barrier = threading.Barrier(threads, action=start_clock)

    def worker():
        own = []
        try:
            fn()  # connect and warm up before the clock starts
            barrier.wait(timeout=30)
            while time.monotonic() < window[1]:
                t = time.perf_counter()
                fn()
                own.append((time.perf_counter() - t) * 1000)
        except Exception as exc:  # pragma: no cover - reported by the caller
            errors.append(exc)
        finally:
            connections.close_all()
            with lock:
                latencies.extend(own)

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return latencies, errors, time.monotonic() - window[0]


class LockSampler:
    """Counts, every 2 ms, the backends of `database` that wait for a lock and those that are active."""

    def __init__(self, dsn, database):
        self.dsn, self.database = dsn, database
        self.samples = self.waiting = self.busy = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run)

    def _run(self):
        import psycopg

        with psycopg.connect(self.dsn, autocommit=True) as conn:
            while not self._stop.is_set():
                row = conn.execute(
                    "SELECT count(*) FILTER (WHERE wait_event_type = 'Lock'), "
                    "count(*) FILTER (WHERE state = 'active' OR state = 'idle in transaction') "
                    "FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                    [self.database]).fetchone()
                self.samples += 1
                self.waiting += row[0]
                self.busy += row[1]
                time.sleep(0.002)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threads", default="1,3,10", help="thread counts, comma separated (each ≤ 50)")
    parser.add_argument("--duration", type=float, default=5, help="seconds per case and thread count (≤ 60)")
    args = parser.parse_args()
    levels = [int(n) for n in args.threads.split(",")]
    if not 1 <= args.duration <= 60 or not all(1 <= n <= 50 for n in levels):
        parser.error("--duration 1..60, --threads 1..50 each")
    header("audit_append.py")
    with throwaway_database("postgres", "audit") as database:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings_test")
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection, connections, transaction

        from ikut.audit import log
        from ikut.audit.models import AuditEntry
        from ikut.core.actors import system

        call_command("migrate", verbosity=0)
        with connection.cursor() as cursor:
            cursor.execute("CREATE TABLE bench_plain (id bigserial PRIMARY KEY, seq bigint, at timestamptz, "
                           "action varchar(80), details jsonb, prev_hash varchar(64), hash varchar(64))")
        connections.close_all()
        actor = system("audit benchmark")

        def bare_insert():
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("INSERT INTO bench_plain (seq, at, action, details, prev_hash, hash) "
                               "VALUES (0, now(), %s, %s, %s, %s)",
                               ["participants.caseload.view", '{"scope": "mine", "page": 1}', "0" * 64, "f" * 64])

        def append():
            log.record(actor, "participants.caseload.view", details={"scope": "mine", "page": 1})

        def append_in_transaction():
            with transaction.atomic():
                log.record(actor, "participants.caseload.view", details={"scope": "mine", "page": 1})
                with connection.cursor() as cursor:  # the change the entry is atomic with
                    cursor.execute("INSERT INTO bench_plain (seq, at, action, details, prev_hash, hash) "
                                   "VALUES (0, now(), 'change', '{}', '', '')")

        cases = {"bare insert": bare_insert, "append": append, "append (tx)": append_in_transaction}
        dsn = os.environ["DATABASE_URL"]
        print(f"\n{args.duration:g} s per case and thread count; closed loop, one connection per thread")
        print(f"{'threads':>7} {'case':<12} {'calls/s':>8} {'p50 ms':>7} {'p95 ms':>7} {'lock wait':>9} "
              f"{'÷ bare':>7} {'p50 × bare':>10}  load average")
        for threads in levels:
            base = None
            for name, fn in cases.items():
                with LockSampler(dsn, database) as sampler:
                    latencies, errors, elapsed = closed_loop(fn, threads, args.duration)
                if errors:
                    raise SystemExit(f"{name} with {threads} threads failed: {errors[0]!r}")
                rate = len(latencies) / elapsed
                p50, p95 = statistics.median(latencies), percentile(latencies, 0.95)
                # share of the threads' time spent waiting for a lock (samples × threads)
                waiting = sampler.waiting / max(1, sampler.samples * threads)
                if base is None:
                    base = (rate, p50)
                    ratio = f"{'(baseline)':>7} {'':>10}"
                else:
                    ratio = f"{rate / base[0]:7.2f} {p50 / base[1]:10.2f}"
                print(f"{threads:7} {name:<12} {rate:8.1f} {p50:7.2f} {p95:7.2f} {waiting:9.0%} {ratio}  "
                      f"{load_average().split(' on ')[0].removeprefix('load average ')}", flush=True)
        ok, message, checked = log.verify()
        print(f"\n{message} (appended {AuditEntry.objects.count()})")
        connections.close_all()
        if not ok:
            raise SystemExit("the chain does not verify")
    header("audit_append.py done")


if __name__ == "__main__":
    main()
