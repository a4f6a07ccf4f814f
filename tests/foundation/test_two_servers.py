"""Two app servers and two workers on one PostgreSQL database, as docs/deployment.md lays them out: `ikut serve`
on two 127.0.0.1 ports (A and B, like two machines behind a load balancer) and two `ikut worker` processes.
A sign-in on A continues on B; a lockout on A holds on B; a task enqueued through A runs exactly once; the
audit chain has no gap after concurrent writes through both."""

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.db import connection

from ikut.accounts.models import Role
from tests.helpers import PASSWORD, current_totp, make_org, make_user

pytestmark = [
    pytest.mark.servers,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql",
                       reason="several app servers need PostgreSQL (SQLite is one file on one machine): "
                              "run with DATABASE_URL=postgres://… (CI does)"),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """One cookie jar for both servers: cookies are kept per host (127.0.0.1), not per port, as one browser
    behind a load balancer would keep them."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, base, path, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(base + path, data=body, headers={"Referer": base + path})
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            with error:
                return error.code, error.headers, error.read().decode()

    def post_form(self, base, path, data):
        status, _, page = self.request(base, path)
        assert status == 200, (path, status)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        return self.request(base, path, {"csrfmiddlewaretoken": token, **data})


@pytest.fixture
def cluster(tmp_path):
    s = connection.settings_dict
    env = {**os.environ, "IKUT_ENV": "test", "DJANGO_SETTINGS_MODULE": "ikut.settings",
           "DATABASE_URL": f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}",
           "IKUT_TASK_BACKEND": "django_tasks_db.DatabaseBackend", "IKUT_WORKER_HEARTBEAT": "1",
           "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    env.pop("REDIS_URL", None)
    run = subprocess.run([sys.executable, "-m", "ikut.cli", "createcachetable"],
                         env={**env, "IKUT_DATA_DIR": str(tmp_path)},
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    processes, bases = [], []
    for name in ("a", "b"):
        port = free_port()
        data = tmp_path / name
        data.mkdir()
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "ikut.cli", "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2",
             "--no-migrate"],
            env={**env, "IKUT_DATA_DIR": str(data)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        bases.append(f"http://127.0.0.1:{port}")
    workers = [subprocess.Popen([sys.executable, "-m", "ikut.cli", "worker", "--interval", "0.2"],
                                env={**env, "IKUT_DATA_DIR": str(tmp_path)}, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL) for _ in range(2)]
    try:
        for base in bases:
            deadline = time.monotonic() + 180
            while True:
                try:
                    with urllib.request.urlopen(base + "/healthz", timeout=5) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                assert time.monotonic() < deadline, f"{base} did not start"
                time.sleep(0.5)
        yield bases
    finally:
        for process in processes + workers:
            process.send_signal(signal.SIGTERM)
        for process in processes + workers:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


# The reset mail is built inside this task from the user's id (no token in the task table).
RESET_TASK = "ikut.accounts.tasks.send_password_reset"


def wait_for(check, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if value := check():
            return value
        time.sleep(0.3)
    raise AssertionError("timed out waiting")


def test_two_servers_two_workers_one_database(cluster):
    from django_tasks_db.models import DBTaskResult

    from ikut.audit import log
    from ikut.audit.models import AuditEntry

    a, b = cluster
    org = make_org()
    dpo = make_user(Role.DPO, org)
    victim = make_user(Role.CASEWORKER, org)

    # Sign in on A (password, then the second factor) and continue on B with the same cookie.
    browser = Browser()
    status, headers, _ = browser.post_form(a, "/accounts/login/", {"username": dpo.email, "password": PASSWORD})
    assert status == 302 and "/accounts/login/code/" in headers["Location"]
    status, _, _ = browser.post_form(a, "/accounts/login/code/", {"code": current_totp(dpo)})
    assert status == 302
    status, _, page = browser.request(b, "/audit/")
    assert status == 200 and dpo.email in page  # the audit log, showing this very sign-in

    # Concurrent audited writes through both servers (every audit page view is an entry).
    before = AuditEntry.objects.count()
    failures = []

    def browse(base):
        for _ in range(15):
            status, _, _ = browser.request(base, "/audit/")
            if status != 200:
                failures.append(status)

    threads = [threading.Thread(target=browse, args=(base,)) for base in (a, b, a, b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert AuditEntry.objects.count() == before + 60
    ok, message, checked = log.verify()
    assert ok, message
    assert list(AuditEntry.objects.order_by("seq").values_list("seq", flat=True)) == list(range(1, checked + 1))

    # A task enqueued through A (a password-reset email) runs exactly once, on one of the two workers.
    anonymous = Browser()
    status, _, _ = anonymous.post_form(a, "/accounts/password-reset/", {"email": victim.email})
    assert status == 302
    task = wait_for(lambda: DBTaskResult.objects.filter(task_path=RESET_TASK,
                                                        status="SUCCESSFUL").first())
    time.sleep(2)  # give a second worker the chance to (wrongly) run it too
    assert DBTaskResult.objects.filter(task_path=RESET_TASK).count() == 1
    task.refresh_from_db()
    assert task.status == "SUCCESSFUL" and len(task.worker_ids) == 1

    # Five wrong passwords on A lock the account on B too (the lockout lives in the database).
    attacker = Browser()
    for _ in range(5):
        status, _, _ = attacker.post_form(a, "/accounts/login/", {"username": victim.email, "password": "wrong guess!"})
        assert status in (200, 429)
    status, _, page = Browser().post_form(b, "/accounts/login/", {"username": victim.email, "password": PASSWORD})
    assert status == 429
    ok, message, _ = log.verify()
    assert ok, message
