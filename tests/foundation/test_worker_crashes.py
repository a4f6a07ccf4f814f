"""`ikut worker` in real processes: a killed worker's task is reclaimed and completed, failing tasks are retried
with backoff then marked failed, two workers never run one task, and a worker lives through the database
going away (a TCP proxy in front of PostgreSQL drops every connection and refuses new ones for a while —
the shared PostgreSQL server itself is not restarted)."""

import contextlib
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from django.db import connection

from tests.outage_proxy import OutageProxy

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

FAST = {"IKUT_WORKER_HEARTBEAT": "1", "IKUT_WORKER_LOST_AFTER": "3", "IKUT_TASK_RETRY_DELAY": "1",
        "IKUT_TASK_MAX_ATTEMPTS": "3"}


def database_url(port=None):
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{port or s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture
def worker_env(tmp_path):
    env = {**os.environ, "IKUT_ENV": "test", "DJANGO_SETTINGS_MODULE": "ikut.settings_test",
           "IKUT_TASK_BACKEND": "django_tasks_db.DatabaseBackend", "IKUT_DATA_DIR": str(tmp_path), **FAST}
    if connection.vendor == "postgresql":
        env["DATABASE_URL"] = database_url()  # the test database, committed rows (transactional test)
    else:
        env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'worker.sqlite3'}"
        run = subprocess.run([sys.executable, "-m", "ikut.cli", "migrate", "-v0"], env=env, capture_output=True,
                             text=True, timeout=300)
        assert run.returncode == 0, run.stderr
    return env


def python(env, code):
    run = subprocess.run([sys.executable, "-c", "import django; django.setup()\n" + code], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def start_worker(env, *args):
    return subprocess.Popen([sys.executable, "-m", "ikut.cli", "worker", "--interval", "0.2", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def status(env, result_id):
    """"STATUS ATTEMPTS EXCEPTION" of a task, read straight from the database the workers use (polled often,
    so no Python subprocess per look)."""
    sql = "SELECT status, worker_ids, exception_class_path FROM django_tasks_database_dbtaskresult WHERE id = %s"
    if env["DATABASE_URL"].startswith("sqlite:///"):
        import sqlite3

        with contextlib.closing(sqlite3.connect(env["DATABASE_URL"][len("sqlite:///"):], timeout=30)) as db:
            row = db.execute(sql.replace("%s", "?"), [result_id.replace("-", "")]).fetchone()
    else:
        with connection.cursor() as cursor:
            cursor.execute(sql, [result_id])
            row = cursor.fetchone()
    worker_ids = json.loads(row[1]) if isinstance(row[1], str) else row[1]
    return f"{row[0]} {len(worker_ids)} {row[2]}"


def wait_for(check, seconds=180):  # generous: CI runs this on a busy 2-core machine
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError("timed out waiting")


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stdout is None or process.stdout.closed:
        return ""
    with process.stdout:
        return process.stdout.read()


def test_killed_worker_task_is_reclaimed_and_completed(worker_env):
    env = worker_env
    result_id = python(env, "from ikut.core.tasks import wait_task; print(wait_task.enqueue(4, 'survivor').id)")
    first = start_worker(env)
    try:
        wait_for(lambda: status(env, result_id).startswith("RUNNING"))
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=20)
        assert status(env, result_id).startswith("RUNNING")  # left behind by the dead worker
        second = start_worker(env)
        try:
            final = wait_for(lambda: (s := status(env, result_id)).startswith("SUCCESSFUL") and s)
        finally:
            output = stop(second)
    finally:
        stop(first)
    assert final.split()[1] == "2", output  # claimed twice: by the dead worker, then by the second
    assert python(env, "from ikut.audit.models import AuditEntry; print(AuditEntry.objects.filter("
                       "action='core.worker.ping', details__value='survivor').count())") == "1"
    assert "reclaiming" in output


def test_failing_task_is_retried_then_listed_as_failed(worker_env):
    env = worker_env
    result_id = python(env, "from ikut.core.tasks import fail_task; print(fail_task.enqueue('x').id)")
    worker = start_worker(env)
    try:
        final = wait_for(lambda: (s := status(env, result_id)).startswith("FAILED") and s)
    finally:
        stop(worker)
    assert final.split()[1] == "3" and final.split()[2] == "builtins.RuntimeError"  # IKUT_TASK_MAX_ATTEMPTS=3
    run = subprocess.run([sys.executable, "-m", "ikut.cli", "tasks", "--failed"], env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert result_id in run.stdout and "fail_task" in run.stdout and "RuntimeError" in run.stdout
    # The argument ('x') is not shown: task arguments may hold an email address or a message.
    assert "'x'" not in run.stdout


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks across processes: PostgreSQL only "
                    "(SQLite runs one worker per database file)")
def test_two_workers_never_run_the_same_task(worker_env):
    env = worker_env
    # 0.3 s each: one worker alone would need 12 s, so the second (started a moment later) always takes part.
    python(env, "from ikut.core.tasks import wait_task\nfor i in range(40): wait_task.enqueue(0.3, f'n{i}')")
    workers = [start_worker(env, "--batch") for _ in range(2)]
    outputs = []
    for worker in workers:
        worker.wait(timeout=300)
        outputs.append(stop(worker))
    assert all(w.returncode == 0 for w in workers), outputs
    counts = python(env, "from django_tasks_db.models import DBTaskResult as T; from ikut.audit.models import "
                         "AuditEntry as A; from collections import Counter\n"
                         "print(T.objects.filter(status='SUCCESSFUL').count(), "
                         "sorted(set(len(t.worker_ids) for t in T.objects.all())), "
                         "max(Counter(A.objects.filter(action='core.worker.ping')"
                         ".values_list('details__value', flat=True)).values()), "
                         "len(set(w for t in T.objects.all() for w in t.worker_ids)))")
    assert counts.startswith("40 [1] 1 "), counts  # 40 done, each claimed once, each effect once
    assert counts.endswith(" 2"), counts  # both workers took part
    run = subprocess.run([sys.executable, "-m", "ikut.cli", "audit", "verify"], env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs a database server to lose (PostgreSQL)")
def test_worker_survives_a_database_restart(worker_env):
    s = connection.settings_dict
    proxy = OutageProxy((s["HOST"] or "127.0.0.1", int(s["PORT"] or 5432)))
    env = {**worker_env, "DATABASE_URL": database_url(proxy.port)}
    try:
        worker = start_worker(env)
        try:
            before = python(worker_env, "from ikut.core.tasks import ping_task; print(ping_task.enqueue('before').id)")
            wait_for(lambda: status(worker_env, before).startswith("SUCCESSFUL"))
            proxy.outage(5)
            assert worker.poll() is None, "the worker exited when the database went away"
            after = python(worker_env, "from ikut.core.tasks import ping_task; print(ping_task.enqueue('after').id)")
            wait_for(lambda: status(worker_env, after).startswith("SUCCESSFUL"))
            assert worker.poll() is None
        finally:
            output = stop(worker)
    finally:
        proxy.close()
    assert "database unavailable" in output
