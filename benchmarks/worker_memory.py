"""Resident memory of a web worker by what it has served, and what its memory is made of (issue 17).

    PYTHONPATH=src python benchmarks/worker_memory.py

benchmarks/load.py prints each gunicorn worker's RSS after a run in which every worker has served every endpoint;
this script shows the steps. It creates a throw-away PostgreSQL database (bench_perf_memory_<pid>), migrates it
and seeds the demo data, then starts one fresh process per scenario. Each imports what a gunicorn sync worker
has imported (gunicorn's WSGI app and sync worker modules), then IKUT's WSGI app (or the bare app of
benchmarks/bare_app.py, the baseline), sends requests straight through the WSGI callable (no sockets: the
figure is the app's, not the server's) and prints VmRSS with its anonymous and file-backed parts:
  started     ikut.wsgi imported, no request
  portal      /healthz, /portal/fi/, /portal/ar/ (anonymous, gzip accepted), 20 each
  staff       + /participants/ signed in as the demo work coach (MFA verified), 4 times
  api         + POST /api/rights/check-offer?lang=fi, 20 times       (load.py's mix)
  languages   + the portal home in every enabled portal language    (a worker of a busy portal)
  + /readyz   load.py's mix, then GET /readyz 5 times                 (what the proxy's probe adds)
Then, for the "api" scenario, a breakdown: RSS after importing each big piece in a fresh interpreter, in order.
A step's figure is what its first import costs at that point, not what leaving it out would save: later steps
import much of it anyway (django_stubs_ext's +5 MB are mostly Django modules django.setup() needs; without its
patch module a worker is 0.5 MB smaller, without django.test 1.3 MB, measured with stub modules, 2026-11-30).
Settings as in load.py: IKUT_ENV=test with ikut.settings (so secrets need not be configured).
Bytecode: a production install has .pyc files (pip compiles what it installs), a checkout may or may not (stray
__pycache__ folders from test runs, PYTHONDONTWRITEBYTECODE): every measured process reads its bytecode from one
throw-away PYTHONPYCACHEPREFIX that an unmeasured warm-up run fills first, so no figure depends on which source
files happen to have a .pyc (a worker whose IKUT modules compile from source is 1.3–1.4 MB larger, 2026-12-01).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from benchlib import header, throwaway_database  # noqa: E402

SCENARIOS = ["started", "portal", "staff", "api", "languages"]

CHILD = r"""
import io, json, sys, time
from pathlib import Path
scenario, app_name = sys.argv[1], sys.argv[2]

def status():
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return {key: int(fields[key].split()[0]) / 1024 for key in ("VmRSS", "RssAnon", "RssFile")}

import gunicorn.app.wsgiapp, gunicorn.workers.sync  # noqa: E401,F401  what every gunicorn worker has
if app_name == "bare":
    sys.path.insert(0, "benchmarks")
    from bare_app import application
else:
    from ikut.wsgi import application

def request(method, path, body=b"", query="", **headers):
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "80",
               "REMOTE_ADDR": "127.0.0.1", "wsgi.input": io.BytesIO(body), "wsgi.url_scheme": "http",
               "QUERY_STRING": query, "CONTENT_LENGTH": str(len(body)), **headers}
    answer = []
    b"".join(application(environ, lambda s, h, e=None: answer.append(s)))
    assert answer[0].startswith("200"), (path, answer[0])

def session_cookie():
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice
    from ikut.accounts.models import User
    from ikut.accounts.sessions import AUTH_AT_KEY, LAST_SEEN_KEY
    from ikut.accounts.signed_in import BACKEND, SessionStore

    user = User.objects.get(email="aino@demo.ikut.fi")
    session = SessionStore()
    session[SESSION_KEY], session[BACKEND_SESSION_KEY] = str(user.pk), BACKEND
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.filter(user=user, confirmed=True).first().persistent_id
    session[AUTH_AT_KEY] = session[LAST_SEEN_KEY] = time.time()
    session.save()
    return f"sessionid={session.session_key}"

steps = SCENARIOS[:SCENARIOS.index(scenario) + 1]
if app_name == "bare":
    for _ in range(20):
        request("GET", "/hello")
        request("POST", "/echo", body=OFFER.encode(), CONTENT_TYPE="application/json")
else:
    if "portal" in steps:
        for _ in range(20):
            for path in ("/healthz", "/portal/fi/", "/portal/ar/"):
                request("GET", path, HTTP_ACCEPT_ENCODING="gzip")
    if "staff" in steps:
        cookie = session_cookie()
        for _ in range(4):
            request("GET", "/participants/", HTTP_COOKIE=cookie)
    if "api" in steps:
        for _ in range(20):
            request("POST", "/api/rights/check-offer", body=OFFER.encode(), query="lang=fi",
                    CONTENT_TYPE="application/json")
    if "languages" in steps:
        from django.conf import settings
        for code in settings.PORTAL_LANGUAGES:
            request("GET", f"/portal/{code}/", HTTP_ACCEPT_ENCODING="gzip")
if sys.argv[3:] == ["readyz"]:  # the proxy's readiness probe (docs/deployment.md), not part of load.py's mix
    for _ in range(5):
        request("GET", "/readyz")
loaded = {name: name in sys.modules for name in ("cryptography", "ninja", "pydantic", "django.test", "psycopg")}
print(json.dumps({**status(), "loaded": loaded}))
"""

# The breakdown: RSS after importing each piece, in the order a worker meets them (a fresh interpreter).
STEPS = r"""
import json, os, sys
from pathlib import Path

def rss():
    line = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmRSS"))
    return int(line.split()[1]) / 1024

out = [("interpreter", rss())]
import gunicorn.app.wsgiapp, gunicorn.workers.sync  # noqa: E401,F401
out.append(("gunicorn worker modules", rss()))
import django.db.models  # noqa: F401
out.append(("django (core, ORM, forms, templates)", rss()))
import psycopg  # noqa: F401
out.append(("psycopg (+ bundled libpq)", rss()))
import django_stubs_ext  # noqa: F401
out.append(("django_stubs_ext (django-tasks imports it)", rss()))
# django-ninja is an installed app: django.setup() imports it, so it is imported first to be seen at all.
import django.test  # noqa: F401
out.append(("django.test (django-ninja's conf imports it)", rss()))
import pydantic  # noqa: F401
import ninja  # noqa: F401
out.append(("pydantic + django-ninja", rss()))
import django
django.setup()
out.append(("django.setup(): settings, every app's models", rss()))
from django.urls import get_resolver
get_resolver().resolve("/participants/")
from django.urls import reverse
reverse("core:home")
out.append(("URLconfs, views, API routers, one reverse table", rss()))
import cryptography.fernet  # noqa: F401
out.append(("cryptography (first encrypted field read)", rss()))
print(json.dumps(out))
"""


def main():
    header("worker_memory.py")
    with throwaway_database("postgres", "memory") as database:
        data_dir = Path(os.environ.get("TMPDIR", "/tmp")) / f"{database}-data"
        data_dir.mkdir(exist_ok=True)
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "IKUT_ENV": "test",
               "DJANGO_SETTINGS_MODULE": "ikut.settings", "IKUT_DATA_DIR": str(data_dir), "IKUT_LOG_LEVEL": "INFO",
               "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
        env.pop("REDIS_URL", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="bench-pyc-")
        os.environ.update({k: env[k] for k in ("IKUT_ENV", "DJANGO_SETTINGS_MODULE", "IKUT_DATA_DIR")})
        t = time.perf_counter()
        ikut = [sys.executable, "-m", "ikut.cli"]
        for command in (["migrate", "-v0"], ["createcachetable"]):
            subprocess.run(ikut + command, env=env, check=True, stdout=subprocess.DEVNULL)
        import django

        django.setup()
        from django.db import connection

        from ikut.core import demo

        demo.seed_all()
        connection.close()
        print(f"database {database}: migrated and seeded with the demo data in {time.perf_counter() - t:.0f} s")

        from offer_check import OFFER

        child = f"SCENARIOS = {SCENARIOS!r}\nOFFER = {OFFER!r}\n" + CHILD

        def run(code, *args):
            done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True,
                                  text=True, timeout=600)
            if done.returncode:
                raise SystemExit(done.stderr)
            return json.loads(done.stdout.strip().splitlines()[-1])

        for warm_up in (("api", "bare"), ("languages", "ikut", "readyz")):  # writes the bytecode caches
            run(child, *warm_up)
        run(STEPS)
        bare = run(child, "api", "bare")["VmRSS"]
        print(f"\nbare Django app after 20 GET /hello + 20 POST /echo: {bare:.1f} MB (baseline)")
        print(f"{'IKUT worker after':<12} {'RSS MB':>7} {'anon':>6} {'file':>6} {'× bare':>7}  loaded")
        for scenario in SCENARIOS:
            figures = run(child, scenario, "ikut")
            loaded = ", ".join(name for name, yes in figures["loaded"].items() if yes)
            print(f"{scenario:<12} {figures['VmRSS']:7.1f} {figures['RssAnon']:6.1f} {figures['RssFile']:6.1f} "
                  f"{figures['VmRSS'] / bare:7.2f}  {loaded}", flush=True)
        probed = run(child, "api", "ikut", "readyz")["VmRSS"]
        print(f"{'+ /readyz':<12} {probed:7.1f}  (load.py's mix, then 5 readiness probes; they imported every migration"
              " file, +1.8 MB, until core.migration_files)")
        print("\nbreakdown (fresh interpreter, RSS after each step):")
        previous = 0.0
        for label, value in run(STEPS):
            print(f"  {label:<52} {value:6.1f} MB  (+{value - previous:4.1f})")
            previous = value
        print("target (issue 17): worker RSS after warm-up ≤ 80 MB")
        shutil.rmtree(env["PYTHONPYCACHEPREFIX"], ignore_errors=True)
    header("worker_memory.py done")


if __name__ == "__main__":
    main()
