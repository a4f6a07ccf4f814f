"""Load test: `ikut serve` against a bare Django app under the same gunicorn, closed-loop, on 127.0.0.1 only.

    PYTHONPATH=src python benchmarks/load.py [--duration 5] [--clients 10,50] [--workers 3]
    PYTHONPATH=src python benchmarks/load.py --duration 30          # the issue-17 run: 30 s per endpoint and level

It creates a throw-away PostgreSQL database (bench_perf_load_<pid> on BENCH_PG, default 127.0.0.1), migrates it,
seeds the demo data, and starts two servers with the same number of gunicorn workers: `ikut serve` (production
settings apart from secrets: IKUT_ENV=test with ikut.settings, request log at INFO like production) and
benchmarks/bare_app.py (no middleware, no database). Then, for each client count, each endpoint gets `--duration`
seconds of closed-loop load (every client sends its next request as soon as the answer is in, a new connection
each time, as gunicorn's sync workers close them):
  bare GET    GET /hello on the bare app                 (the baseline of the GET endpoints)
  healthz     GET /healthz
  portal fi   GET /portal/fi/   (anonymous, Accept-Encoding: gzip)
  portal ar   GET /portal/ar/   (anonymous, Accept-Encoding: gzip)
  caseload    GET /participants/ signed in as the demo work coach (MFA verified; each view audited)
  bare POST   POST /echo on the bare app with the offer  (the baseline of the POST endpoint)
  check-offer POST /api/rights/check-offer?lang=fi
It prints req/s, p50, p95, errors (non-2xx or no answer) and the ratios to the bare app measured at the same
client count, then each worker's memory after the run (RSS, PSS and USS, see memory_mb; `ikut serve` forks its
workers from a master that has imported the app, so RSS counts the pages they share with it in every worker) and
the PSS of each server's processes together, and stops everything it started.
The load generator runs on the same 2 cores as the servers: the figures are what this machine can do with both.
Bytecode: as a production install (pip compiles what it installs), the servers read IKUT's modules from .pyc files,
which the migrate run writes into the checkout's __pycache__ folders if they are missing, PYTHONDONTWRITEBYTECODE
notwithstanding: a master that compiles IKUT's modules from source forks workers ≈ 2 MB larger in RSS (2026-12-01).
"""

import argparse
import http.client
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from benchlib import header, load_average, percentile, throwaway_database  # noqa: E402
from offer_check import OFFER  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port, process, seconds=180):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server on port {port} exited with {process.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the server on port {port} did not start")


def workers_of(master):
    """The pids whose parent is `master` (gunicorn's workers)."""
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == master:
                children.append(int(entry))
    return children


def memory_mb(pid):
    """(RSS, PSS, USS) of a process in MB, from /proc/<pid>/smaps_rollup. RSS counts every page the process has
    resident, pages it shares in full (the issue-17 target is RSS); PSS divides each shared page among the processes
    sharing it, so the PSS of all processes adds up to the memory they use; USS is the pages no other process has,
    what stopping the process frees."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, value = line.split(":", 1)
        fields[key] = int(value.split()[0]) / 1024
    return fields["Rss"], fields["Pss"], fields["Private_Clean"] + fields["Private_Dirty"]


def sign_in(port):
    """The demo work coach's session cookie (password + TOTP through the real forms)."""
    from ikut.accounts.models import User
    from ikut.core import demo
    from tests.helpers import current_totp

    base = f"http://127.0.0.1:{port}"
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def post_form(path, data):
        page = opener.open(base + path, timeout=30).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **data}).encode()
        return opener.open(urllib.request.Request(base + path, data=body, headers={"Referer": base + path}),
                           timeout=30)

    coach = User.objects.get(email="aino@demo.ikut.fi")
    post_form("/accounts/login/", {"username": coach.email, "password": demo.DEMO_PASSWORD})
    post_form("/accounts/login/code/", {"code": current_totp(coach)})
    cookies = "; ".join(f"{c.name}={c.value}" for c in jar)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/participants/", headers={"Cookie": cookies})
    response = connection.getresponse()
    assert response.status == 200, f"the work coach is not signed in ({response.status})"
    return cookies


def closed_loop(port, method, path, body, headers, clients, seconds):
    """`clients` threads, each sending its next request when the last answer is in, for `seconds`.
    Returns (latencies in ms of answered requests, errors, elapsed seconds)."""
    latencies, errors, lock = [], [0], threading.Lock()
    stop = time.monotonic() + seconds

    def client():
        own, failed = [], 0
        while time.monotonic() < stop:
            t = time.perf_counter()
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                connection.close()
                ok = 200 <= response.status < 300
            except OSError:
                ok = False
            if ok:
                own.append((time.perf_counter() - t) * 1000)
            else:
                failed += 1
        with lock:
            latencies.extend(own)
            errors[0] += failed

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors[0], time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=5, help="seconds per endpoint and client count (≤ 120)")
    parser.add_argument("--clients", default="10,50", help="client counts, comma separated (each ≤ 100)")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--label", default="load", help="the database is bench_perf_<label>_<pid> (letters, _)")
    args = parser.parse_args()
    levels = [int(n) for n in args.clients.split(",")]
    if not args.label.replace("_", "").isalnum() or not args.label.isascii():
        parser.error("--label: letters, digits and _ only")
    if not 1 <= args.duration <= 120 or not all(1 <= n <= 100 for n in levels) or not 1 <= args.workers <= 8:
        parser.error("--duration 1..120, --clients 1..100 each, --workers 1..8")
    header("load.py")

    with throwaway_database("postgres", args.label) as database:
        data_dir = Path(os.environ.get("TMPDIR", "/tmp")) / f"{database}-data"
        data_dir.mkdir(exist_ok=True)
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "IKUT_ENV": "test",
               "DJANGO_SETTINGS_MODULE": "ikut.settings",
               "IKUT_DATA_DIR": str(data_dir), "IKUT_LOG_LEVEL": "INFO", "IKUT_WORKERS": str(args.workers),
               "DATABASE_CONN_MAX_AGE": "60",  # as in production: one connection per worker, kept
               "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
        env.pop("REDIS_URL", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ.update({k: env[k] for k in ("IKUT_ENV", "DJANGO_SETTINGS_MODULE", "IKUT_DATA_DIR")})
        ikut = [sys.executable, "-m", "ikut.cli"]
        t = time.perf_counter()
        for command in (["migrate", "-v0"], ["createcachetable"]):
            subprocess.run(ikut + command, env=env, check=True, stdout=subprocess.DEVNULL)
        import django

        django.setup()
        from django.db import connection

        from ikut.core import demo

        demo.seed_all()
        connection.close()
        print(f"database {database}: migrated and seeded with the demo data in {time.perf_counter() - t:.0f} s",
              flush=True)

        ikut_port, bare_port = free_port(), free_port()
        servers = {
            "ikut": subprocess.Popen(ikut + ["serve", "--bind", f"127.0.0.1:{ikut_port}", "--no-migrate"], env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
            "bare": subprocess.Popen([sys.executable, "-m", "gunicorn", "bare_app:application", "--chdir",
                                      str(ROOT / "benchmarks"), "--workers", str(args.workers), "--bind",
                                      f"127.0.0.1:{bare_port}"], env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL),
        }
        try:
            wait_until_up(ikut_port, servers["ikut"])
            wait_until_up(bare_port, servers["bare"])
            cookies = sign_in(ikut_port)
            connection.close()
            json_headers = {"Content-Type": "application/json"}
            gzip = {"Accept-Encoding": "gzip"}
            endpoints = [  # name, port, method, path, body, headers, baseline
                ("bare GET", bare_port, "GET", "/hello", None, {}, None),
                ("healthz", ikut_port, "GET", "/healthz", None, {}, "bare GET"),
                ("portal fi", ikut_port, "GET", "/portal/fi/", None, gzip, "bare GET"),
                ("portal ar", ikut_port, "GET", "/portal/ar/", None, gzip, "bare GET"),
                ("caseload", ikut_port, "GET", "/participants/", None, {"Cookie": cookies}, "bare GET"),
                ("bare POST", bare_port, "POST", "/echo", OFFER, json_headers, None),
                ("check-offer", ikut_port, "POST", "/api/rights/check-offer?lang=fi", OFFER, json_headers,
                 "bare POST"),
            ]
            print(f"\n{args.workers} gunicorn workers per server; {args.duration:g} s per endpoint and client count; "
                  f"closed loop, a new connection per request")
            print(f"{'clients':>7} {'endpoint':<12} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'errors':>6} "
                  f"{'req/s ÷ bare':>12} {'p50 × bare':>10}  load average")
            total_errors = 0
            for clients in levels:
                figures = {}
                for name, port, method, path, body, headers, baseline in endpoints:
                    closed_loop(port, method, path, body, headers, min(clients, 5), 1)  # warm-up
                    latencies, errors, elapsed = closed_loop(port, method, path, body, headers, clients,
                                                             args.duration)
                    total_errors += errors
                    rate = len(latencies) / elapsed
                    p50 = statistics.median(latencies) if latencies else float("nan")
                    p95 = percentile(latencies, 0.95) if latencies else float("nan")
                    figures[name] = (rate, p50)
                    ratio = (f"{rate / figures[baseline][0]:12.2f} {p50 / figures[baseline][1]:10.2f}" if baseline
                             else f"{'(baseline)':>12} {'':>10}")
                    print(f"{clients:7} {name:<12} {rate:7.1f} {p50:8.1f} {p95:8.1f} {errors:6} {ratio}  "
                          f"{load_average().split(' on ')[0].removeprefix('load average ')}", flush=True)
            print(f"\nerrors in total: {total_errors}")
            for name, process in servers.items():
                workers = sorted(memory_mb(pid) for pid in workers_of(process.pid))
                if not workers:
                    print(f"{name}: no workers found")
                    continue
                master = memory_mb(process.pid)
                print(f"{name} worker RSS after the run: " + ", ".join(f"{rss:.1f} MB" for rss, _, _ in workers)
                      + f" (median {statistics.median(rss for rss, _, _ in workers):.1f} MB); "
                      + "PSS " + ", ".join(f"{pss:.1f}" for _, pss, _ in workers)
                      + "; USS " + ", ".join(f"{uss:.1f}" for _, _, uss in workers)
                      + f"; master RSS {master[0]:.1f}, PSS {master[1]:.1f}; PSS of the master and all workers "
                      f"{master[1] + sum(pss for _, pss, _ in workers):.1f} MB")
            print("targets (issue 17): portal ≤ 2× bare (p50), check-offer ≤ 2× bare POST (p50), 0 errors at 50 "
                  "clients, worker RSS ≤ 80 MB")
        finally:
            for process in servers.values():
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
            for process in servers.values():
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            connection.close()
            shutil.rmtree(data_dir, ignore_errors=True)
    header("load.py done")


if __name__ == "__main__":
    main()
