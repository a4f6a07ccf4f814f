"""Instructions (or CPU time) per request of load.py's endpoints, through the WSGI callables, without sockets.

    PYTHONPATH=src python benchmarks/request_path.py [--callgrind] [--requests 200] [--only check-offer,...]
    PYTHONPATH=src python benchmarks/request_path.py --database bench_reqpath_<name>   # kept between runs

benchmarks/load.py measures `ikut serve` against benchmarks/bare_app.py over HTTP, where the machine's load moves
every figure. This script runs the same five requests straight through the two WSGI callables (ikut.wsgi and
bare_app), with the environ gunicorn's sync worker builds for the requests load.py sends (its http.client headers
included), the answer iterated and closed as gunicorn does (closing fires request_finished: Django's connection
upkeep). Settings as load.py: IKUT_ENV=test with ikut.settings, request log at INFO (to /dev/null here),
DATABASE_CONN_MAX_AGE=60, the demo data in a PostgreSQL database (a throw-away bench_perf_reqpath_<pid> on BENCH_PG,
or --database NAME: created and seeded when missing, then kept). Each endpoint runs in its own fresh process:
--warmup requests, then --requests counted ones. With --callgrind the process runs under valgrind and only the
counted requests are collected (they run inside sys.call_tracing, collected with --toggle-collect), so the figure
is instructions per request — independent of the machine's load, and comparable A/B. Without it, the figure is
the process's CPU time per request (time.process_time) and wall time, which do move with the load.
What neither counts: gunicorn's own work per request (parsing, socket I/O; the same for both apps) and the
PostgreSQL server's CPU (printed separately for the endpoints that query: the backend's CPU time, from
/proc/<backend pid>/stat, per request; not under callgrind).

  bare GET    GET /hello on bare_app                          bare POST   POST /echo on bare_app with the offer
  portal fi   GET /portal/fi/, Accept-Encoding: gzip          check-offer POST /api/rights/check-offer?lang=fi
  portal ar   GET /portal/ar/, Accept-Encoding: gzip
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from benchlib import SERVER, admin, header, throwaway_database  # noqa: E402
from offer_check import OFFER  # noqa: E402

# name: (app, method, path, query, body, extra headers as http.client sends them in load.py)
ENDPOINTS = {
    "bare GET": ("bare", "GET", "/hello", "", b"", {}),
    "bare POST": ("bare", "POST", "/echo", "", OFFER.encode(), {"Content-Type": "application/json"}),
    "portal fi": ("ikut", "GET", "/portal/fi/", "", b"", {"Accept-Encoding": "gzip"}),
    "portal ar": ("ikut", "GET", "/portal/ar/", "", b"", {"Accept-Encoding": "gzip"}),
    "check-offer": (
        "ikut",
        "POST",
        "/api/rights/check-offer",
        "lang=fi",
        OFFER.encode(),
        {"Content-Type": "application/json"},
    ),
}
BASELINE = {"portal fi": "bare GET", "portal ar": "bare GET", "check-offer": "bare POST"}

CHILD = r"""
import json, os, sys, time
app_name, method, path, query, body, extra, warmup, count = json.loads(sys.argv[1])
body = body.encode("latin-1")

import gunicorn.http.wsgi  # noqa: F401  what a gunicorn worker has imported
sys.path.insert(0, "benchmarks")
from benchlib import gunicorn_environ
if app_name == "bare":
    from bare_app import application
else:
    from ikut.wsgi import application

statuses = []
def start_response(status, headers, exc_info=None):
    statuses.append(status)

def one():
    result = application(gunicorn_environ(method, path, query, body, extra), start_response)
    try:
        for chunk in result:
            pass
    finally:
        if hasattr(result, "close"):
            result.close()

def run(n):
    for _ in range(n):
        one()

run(warmup)
assert all(s.startswith("200") for s in statuses), set(statuses)

backend = None
if app_name == "ikut":
    from django.db import connection
    if connection.vendor == "postgresql" and connection.connection is not None:
        backend = connection.connection.info.backend_pid

def backend_ticks():
    if backend is None:
        return 0
    try:
        fields = open(f"/proc/{backend}/stat").read().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks

queries = None
if app_name == "ikut":
    from django.core.signals import request_started
    from django.db import connection, reset_queries
    request_started.disconnect(reset_queries)  # Django empties the log at each request's start
    connection.force_debug_cursor = True
    reset_queries()
    run(10)
    queries = len(connection.queries) / 10
    connection.force_debug_cursor = False
    reset_queries()
    request_started.connect(reset_queries)

if os.environ.get("REQUEST_PATH_PROFILE"):  # --profile: where the counted requests' time goes (cProfile)
    import cProfile, pstats
    profile = cProfile.Profile()
    profile.runcall(run, count)
    pstats.Stats(profile, stream=sys.stderr).sort_stats(os.environ["REQUEST_PATH_PROFILE"]).print_stats(60)

ticks = backend_ticks()
cpu, wall = time.process_time(), time.perf_counter()
sys.call_tracing(run, (count,))
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
ticks = backend_ticks() - ticks
assert all(s.startswith("200") for s in statuses), set(statuses)
print(json.dumps({"cpu_ms": cpu * 1000 / count, "wall_ms": wall * 1000 / count, "queries": queries,
                  "backend_ms": ticks * 1000 / os.sysconf("SC_CLK_TCK") / count if backend else None}))
"""


def prepare(database, env):
    """Migrate and seed `database` (already created and empty)."""
    t = time.perf_counter()
    ikut = [sys.executable, "-m", "ikut.cli"]
    for command in (["migrate", "-v0"], ["createcachetable"]):
        subprocess.run(ikut + command, env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from ikut.core import demo; demo.seed_all()"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"database {database}: migrated and seeded with the demo data in {time.perf_counter() - t:.0f} s", flush=True)


def measure(name, args, env, out_dir):
    app, method, path, query, body, extra = ENDPOINTS[name]
    spec = json.dumps([app, method, path, query, body.decode("latin-1"), extra, args.warmup, args.requests])
    command = [sys.executable, "-c", CHILD, spec]
    out_file = None
    if args.callgrind:
        out_file = Path(out_dir) / f"callgrind.{name.replace(' ', '_')}.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--toggle-collect=sys_call_tracing",
            "--collect-atstart=no",
            f"--callgrind-out-file={out_file}",
        ] + command
    if args.profile:
        env = {**env, "REQUEST_PATH_PROFILE": args.profile}
    # The request log goes to a file, as cheap to write as gunicorn's stderr in load.py (/dev/null); a pipe would
    # wake this process at every line.
    with tempfile.TemporaryFile(mode="w+") as log:
        done = subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=log, text=True, timeout=3600)
        log.seek(0)
        stderr = log.read()
    if args.profile:
        print(f"--- {name}: cProfile of {args.requests} requests, by {args.profile}")
        print("\n".join(line for line in stderr.splitlines() if not line.startswith("{")))
    if done.returncode:
        raise SystemExit(f"{name}: exit {done.returncode}\n{stderr[-4000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    if out_file is not None:
        for line in out_file.read_text().splitlines():
            if line.startswith("summary:") or line.startswith("totals:"):
                figures["instructions"] = int(line.split()[1]) / args.requests
                break
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200, help="counted requests per endpoint (1..100000)")
    parser.add_argument("--warmup", type=int, default=50, help="requests before counting (1..10000)")
    parser.add_argument("--callgrind", action="store_true", help="instructions per request (valgrind callgrind)")
    parser.add_argument("--only", default=",".join(ENDPOINTS), help="endpoints, comma separated")
    parser.add_argument("--database", help="a PostgreSQL database name on BENCH_PG to (create, seed and) keep")
    parser.add_argument("--profile", choices=("cumulative", "tottime"), help="print a cProfile of each endpoint")
    parser.add_argument("--log-level", default="INFO", help="IKUT_LOG_LEVEL (INFO as in load.py and production)")
    parser.add_argument("--out", help="a folder to keep the callgrind files in (for callgrind_annotate)")
    args = parser.parse_args()
    names = [n.strip() for n in args.only.split(",")]
    if not 1 <= args.requests <= 100000 or not 1 <= args.warmup <= 10000 or any(n not in ENDPOINTS for n in names):
        parser.error(f"--requests 1..100000, --warmup 1..10000, --only from: {', '.join(ENDPOINTS)}")
    header("request_path.py")

    def run(database):
        data_dir = Path(tempfile.mkdtemp(prefix=f"{database}-data-"))
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT / "src"),
            "IKUT_ENV": "test",
            "DJANGO_SETTINGS_MODULE": "ikut.settings",
            "IKUT_DATA_DIR": str(data_dir),
            "IKUT_LOG_LEVEL": args.log_level,
            "DATABASE_CONN_MAX_AGE": "60",
            "DATABASE_URL": os.environ["DATABASE_URL"],
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
        env.pop("REDIS_URL", None)
        return env

    import psycopg

    def measure_all(database, env):
        out_dir = args.out or tempfile.mkdtemp(prefix="bench-reqpath-")
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        kind = "instructions" if args.callgrind else "CPU ms"
        print(
            f"{args.warmup} warm-up requests, then {args.requests} counted, each endpoint in a fresh process; "
            f"figure: {kind} per request"
        )
        print(
            f"{'endpoint':<12} {kind:>14} {'× baseline':>10} {'CPU ms':>8} {'wall ms':>8} {'queries':>7} "
            f"{'PG CPU ms':>9}"
        )
        results = {}
        for name in names:
            figures = measure(name, args, env, out_dir)
            results[name] = figures
            main_figure = figures.get("instructions") if args.callgrind else figures["cpu_ms"]
            base = results.get(BASELINE.get(name, ""))
            ratio = ""
            if base is not None:
                ratio = f"{main_figure / (base.get('instructions') if args.callgrind else base['cpu_ms']):10.2f}"
            shown = f"{main_figure:14,.0f}" if args.callgrind else f"{main_figure:14.3f}"
            queries = "" if figures["queries"] is None else f"{figures['queries']:.1f}"
            pg = "" if figures["backend_ms"] is None else f"{figures['backend_ms']:.3f}"
            print(
                f"{name:<12} {shown} {ratio:>10} {figures['cpu_ms']:8.3f} {figures['wall_ms']:8.3f} "
                f"{queries:>7} {pg:>9}",
                flush=True,
            )
        if args.callgrind:
            print(f"callgrind files in {out_dir}")

    if args.database:
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [args.database]).fetchone()
        if not exists:
            admin(f'CREATE DATABASE "{args.database}"')
        os.environ["DATABASE_URL"] = f"{SERVER}/{args.database}"
        env = run(args.database)
        if not exists:
            prepare(args.database, env)
        measure_all(args.database, env)
    else:
        with throwaway_database("postgres", "reqpath") as database:
            env = run(database)
            prepare(database, env)
            measure_all(database, env)
    header("request_path.py done")


if __name__ == "__main__":
    main()
