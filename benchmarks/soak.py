"""Soak and fault run: mixed traffic against `ikut serve` + two `ikut worker` on PostgreSQL, with a database
outage and a worker SIGKILL in the middle. Bounded (default 5 minutes), 127.0.0.1 only, stops by itself.

    PYTHONPATH=src python benchmarks/soak.py [--duration 300] [--clients 20] [--database ikut_soak]
        [--server postgres://postgres@127.0.0.1:5432] [--restart-command "pg_ctlcluster 15 main restart"]

It creates (and at the end drops) its own database on the given server, seeds the demo data, starts one
`ikut serve` and two workers that reach PostgreSQL through a TCP proxy in this process. At 40 % of the run the
database goes away: by default the proxy drops every connection and refuses new ones for --outage seconds
(a restart as the app sees it, without touching a server others use); with --restart-command that command
restarts PostgreSQL for real. At 60 % one worker is killed with SIGKILL while it holds a slow task, and a new
one started. Traffic: a signed-in work coach's pages (participants, home), portal pages and job-offer checks,
seminar registrations (each writes a registration + audit entry and enqueues an email), and slow tasks
standing in for report builds. It prints requests, errors (and when), p50/p95, tasks enqueued vs completed,
then `ikut audit verify` and a check that every registration has its audit entry (no half-done write).
"""

import argparse
import http.cookiejar
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    def __init__(self, base, address="127.0.0.1"):
        self.base, self.address = base, address
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
                                                  NoRedirect)

    def request(self, path, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        # The server runs with IKUT_PROXY_COUNT=1, as behind a load balancer: each visitor has an address.
        request = urllib.request.Request(self.base + path, data=body,
                                         headers={"Referer": self.base + path, "X-Forwarded-For": self.address})
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            with error:
                return error.code, error.headers, error.read().decode()

    def post_form(self, path, data):
        status, _, page = self.request(path)
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if status != 200 or not match:
            return status, None, page
        return self.request(path, {"csrfmiddlewaretoken": match.group(1), **data})


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=300)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="ikut_soak")
    parser.add_argument("--outage", type=float, default=3, help="seconds the database stays away (proxy mode)")
    parser.add_argument("--restart-command", default="", help="restart PostgreSQL for real with this command")
    args = parser.parse_args()
    if not 1 <= args.clients <= 100 or not 5 <= args.duration <= 3600:
        parser.error("--clients 1..100, --duration 5..3600")
    host_port = args.server.rsplit("@", 1)[-1]
    pg_host, pg_port = host_port.split(":") if ":" in host_port else (host_port, "5432")
    if pg_host not in ("127.0.0.1", "localhost"):
        parser.error("the soak run talks to 127.0.0.1 only")

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from benchlib import header

    header("soak.py")
    import psycopg

    admin = psycopg.connect(f"{args.server}/postgres", autocommit=True)
    admin.execute(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')
    admin.execute(f'CREATE DATABASE "{args.database}"')

    from tests.outage_proxy import OutageProxy

    proxy = OutageProxy((pg_host, int(pg_port)), backlog=200)
    data_dir = Path(os.environ.get("TMPDIR", "/tmp")) / f"{args.database}-data"
    data_dir.mkdir(exist_ok=True)
    user = args.server.split("//", 1)[1].rsplit("@", 1)[0]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "IKUT_ENV": "test", "DJANGO_SETTINGS_MODULE": "ikut.settings",
           "IKUT_DATA_DIR": str(data_dir), "IKUT_TASK_BACKEND": "django_tasks_db.DatabaseBackend",
           "DATABASE_URL": f"postgres://{user}@127.0.0.1:{proxy.port}/{args.database}",
           "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend", "IKUT_WORKER_HEARTBEAT": "2",
           "IKUT_WORKER_LOST_AFTER": "10", "IKUT_TASK_RETRY_DELAY": "2", "IKUT_LOG_LEVEL": "ERROR",
           "IKUT_PROXY_COUNT": "1"}
    env.pop("REDIS_URL", None)
    os.environ.update({k: env[k] for k in ("IKUT_ENV", "DJANGO_SETTINGS_MODULE", "IKUT_DATA_DIR", "IKUT_TASK_BACKEND")})
    os.environ["DATABASE_URL"] = f"{args.server}/{args.database}"  # this process: direct, for setup and checks
    ikut = [sys.executable, "-m", "ikut.cli"]
    print("setting up (migrate, demo data)…", flush=True)
    for command in (["migrate", "-v0"], ["createcachetable"]):
        subprocess.run(ikut + command, env=env, check=True, stdout=subprocess.DEVNULL)
    import django

    django.setup()
    from django.db import connection
    from django_tasks_db.models import DBTaskResult

    from ikut.audit import log
    from ikut.audit.models import AuditEntry
    from ikut.core import demo
    from ikut.core.tasks import wait_task
    from ikut.events.models import Event, Registration
    from tests.helpers import current_totp

    demo.seed_all()
    event_ids = list(Event.objects.values_list("pk", flat=True))
    for event in Event.objects.all():  # room for everyone (waiting lists work too, but keep seats simple)
        Event.objects.filter(pk=event.pk).update(capacity=100000)
    connection.close()

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*ikut, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "4", "--no-migrate"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = [subprocess.Popen(ikut + ["worker", "--interval", "0.2"], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL) for _ in range(2)]
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise SystemExit("ikut serve did not start") from None
                time.sleep(0.5)

        from ikut.accounts.models import User

        coach_user = User.objects.get(email="aino@demo.ikut.fi")
        coach = Browser(base)
        coach.post_form("/accounts/login/", {"username": coach_user.email, "password": demo.DEMO_PASSWORD})
        status, _, _ = coach.post_form("/accounts/login/code/", {"code": current_totp(coach_user)})
        assert status == 302, "the work coach could not sign in"
        connection.close()
        _, _, page = Browser(base).request("/portal/en/check/")
        sectors = [v for v in re.findall(r'<option value="([^"]+)"', page)][:5] or ["cleaning"]

        registrations_before = Registration.objects.count()
        connection.close()
        results, lock = [], threading.Lock()
        started = time.monotonic()
        stop_at = started + args.duration
        counter = {"registrations": 0, "slow": 0}

        def timed(kind, call):
            t0 = time.monotonic()
            try:
                status = call()[0]
            except Exception as error:  # noqa: BLE001 — an error is a result here
                status = type(error).__name__
            with lock:
                results.append((t0 - started, kind, status, time.monotonic() - t0))

        def client(number):
            rng = random.Random(number)
            portal = Browser(base)
            while time.monotonic() < stop_at:
                choice = rng.random()
                if choice < 0.3:
                    timed("coach page", lambda: coach.request(rng.choice(["/participants/", "/home/"])))
                elif choice < 0.55:
                    timed("portal page", lambda: portal.request(rng.choice(["/portal/en/", "/portal/en/rights/",
                                                                            "/portal/fi/check/"])))
                elif choice < 0.8:
                    timed("offer check", lambda: portal.request("/portal/en/check/", {"sector": rng.choice(sectors)}))
                else:
                    with lock:
                        counter["registrations"] += 1
                        n = counter["registrations"]
                    event = rng.choice(event_ids)
                    visitor = f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"
                    form = {"name": f"Soak {n}", "email": f"soak{n}@example.org", "privacy": "on"}
                    timed("seminar registration", lambda visitor=visitor, event=event, form=form: Browser(
                        base, visitor).post_form(f"/events/{event}/", form))

        def faults():
            time.sleep(max(0, started + 0.4 * args.duration - time.monotonic()))
            at = time.monotonic() - started
            if args.restart_command:
                subprocess.run(args.restart_command, shell=True, check=False)
            else:
                proxy.outage(args.outage)
            how = "restart command" if args.restart_command else f"{args.outage:g} s via proxy"
            print(f"[{at:6.1f} s] database outage ({how})", flush=True)
            time.sleep(max(0, started + 0.55 * args.duration - time.monotonic()))
            for value in range(4):  # slow tasks (stand-ins for report builds), so the kill hits one mid-way
                wait_task.enqueue(3, f"slow-{value}")
                counter["slow"] += 1
            connection.close()
            time.sleep(max(0, started + 0.6 * args.duration - time.monotonic()))
            at = time.monotonic() - started
            workers[0].send_signal(signal.SIGKILL)
            workers.append(subprocess.Popen(ikut + ["worker", "--interval", "0.2"], env=env,
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            print(f"[{at:6.1f} s] worker killed (SIGKILL), a new one started", flush=True)

        threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
        fault_thread = threading.Thread(target=faults)
        for thread in [*threads, fault_thread]:
            thread.start()
        for thread in [*threads, fault_thread]:
            thread.join()

        ok_statuses = {200, 302}
        latencies = sorted(r[3] for r in results)
        errors = [r for r in results if r[2] not in ok_statuses and not (r[1] == "offer check" and r[2] == 400)]
        print(f"\n{len(results)} requests in {args.duration:g} s from {args.clients} clients "
              f"({len(results) / args.duration:.1f}/s); p50 {statistics.median(latencies) * 1000:.0f} ms, "
              f"p95 {latencies[int(0.95 * (len(latencies) - 1))] * 1000:.0f} ms")
        for kind in sorted({r[1] for r in results}):
            print(f"  {kind:22} {sum(1 for r in results if r[1] == kind):6}")
        print(f"errors: {len(errors)}")
        answered = [(int(r[0] + r[3]), str(r[2])) for r in errors]  # when the error came back
        for second in sorted({a for a, _ in answered}):
            kinds = sorted({k for a, k in answered if a == second})
            print(f"  at {second:4d} s: {sum(1 for a, _ in answered if a == second)} ({', '.join(kinds)})")

        print("waiting for the queue to drain (reclaim after a kill takes IKUT_WORKER_LOST_AFTER=10 s)…", flush=True)
        drain_deadline = time.monotonic() + 120
        while time.monotonic() < drain_deadline:
            if not DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).exists():
                break
            time.sleep(1)
        by_status = {s: DBTaskResult.objects.filter(status=s).count()
                     for s in ("READY", "RUNNING", "SUCCESSFUL", "FAILED")}
        repeated = sum(1 for t in DBTaskResult.objects.only('worker_ids') if len(t.worker_ids) > 1)
        enqueued = sum(by_status.values())
        print(f"tasks enqueued {enqueued}, completed {by_status['SUCCESSFUL']}, failed {by_status['FAILED']}, "
              f"still queued {by_status['READY'] + by_status['RUNNING']}; "
              f"run more than once (reclaimed or retried) {repeated}")
        registrations = Registration.objects.count() - registrations_before
        audited = AuditEntry.objects.filter(action="events.registration.create").count()
        ok, message, checked = log.verify()
        print(f"new registrations {registrations}, their audit entries {audited} "
              f"({'no half-done write' if registrations == audited else 'MISMATCH'})")
        print(f"audit verify: {message}")
        all_done = by_status["SUCCESSFUL"] == enqueued
        print("RESULT:", "ok" if ok and all_done and registrations == audited else "PROBLEMS (see above)")
        header("soak.py done")
    finally:
        for process in [server, *workers]:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in [server, *workers]:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        from django.db import connections

        connections.close_all()
        admin.close()  # opened before the restart, so it may be dead: drop through a fresh connection
        with psycopg.connect(f"{args.server}/postgres", autocommit=True) as cleanup:
            cleanup.execute(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')


if __name__ == "__main__":
    main()
