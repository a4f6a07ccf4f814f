"""What every benchmark needs: the load average beside its figures, a throw-away database it creates and
drops, percentiles, and rounds that interleave the measured code with its baseline so both share the
machine's noise. The machines are shared: read ratios to the in-run baseline, not absolute times.
"""

import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")


def load_average():
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def header(title):
    """The first line of every benchmark's output: what, when, how busy the machine was."""
    print(f"{title} — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {load_average()}", flush=True)


def admin(sql):
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(sql)


@contextmanager
def throwaway_database(vendor, label):
    """Point DATABASE_URL at a fresh, empty database (call before django.setup()); drop it afterwards.
    vendor "postgres": bench_perf_<label>_<pid> on BENCH_PG (default 127.0.0.1); "sqlite": a file in a
    temporary folder."""
    if vendor == "postgres":
        name = f"bench_perf_{label}_{os.getpid()}"
        admin(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = f"{SERVER}/{name}"
        try:
            yield name
        finally:
            if "django.db" in sys.modules:
                from django.db import connections

                connections.close_all()
            admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    elif vendor == "sqlite":
        folder = tempfile.mkdtemp(prefix=f"bench-{label}-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    else:
        raise SystemExit(f"unknown database {vendor!r}: sqlite or postgres")


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def samples_ms(fn, runs):
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def interleaved(cases, runs, rounds=3):
    """{name: fn} → {name: (median ms, p95 ms)}: each round times every case `runs` times in turn; the
    figure is the median over rounds of each round's median (and p95)."""
    per_round = {name: [] for name in cases}
    for _ in range(rounds):
        for name, fn in cases.items():
            fn()  # warm-up
            samples = samples_ms(fn, runs)
            per_round[name].append((statistics.median(samples), percentile(samples, 0.95)))
    return {name: (statistics.median(m for m, _ in values), statistics.median(p for _, p in values))
            for name, values in per_round.items()}


def verdict(ok):
    return "OK" if ok else "MISSED"


def bare_client():
    """A Django test client whose requests skip every middleware and resolve against a two-route URLconf
    (GET /bare/hello/ → "hello", POST /bare/echo/ → the body back as JSON): a bare Django view served the same
    way, in the same process, as the IKUT pages it is compared with. Call after django.setup()."""
    import types

    from django.core.handlers.exception import convert_exception_to_response
    from django.http import HttpResponse
    from django.test import Client
    from django.test.client import ClientHandler
    from django.urls import path

    def hello(request):
        return HttpResponse("hello")

    def echo(request):
        return HttpResponse(request.body, content_type="application/json")

    urls = types.ModuleType("bench_bare_urls")
    urls.urlpatterns = [path("bare/hello/", hello), path("bare/echo/", echo)]
    sys.modules[urls.__name__] = urls

    class BareHandler(ClientHandler):
        def load_middleware(self, is_async=False):
            self._view_middleware, self._template_response_middleware, self._exception_middleware = [], [], []
            self._middleware_chain = convert_exception_to_response(self._get_response)

        def resolve_request(self, request):
            request.urlconf = urls.__name__
            return super().resolve_request(request)

    client = Client()
    client.handler = BareHandler(enforce_csrf_checks=False)
    return client


def ikut_hello(prefix="bench-hello/"):
    """Add a minimal public view (HttpResponse("hello")) in front of IKUT's URLconf: served through the whole
    IKUT middleware stack. Returns its path. Call after django.setup()."""
    import types

    from django.conf import settings
    from django.http import HttpResponse
    from django.urls import clear_url_caches, path

    import ikut.urls
    from ikut import access

    @access.public
    def hello(request):
        return HttpResponse("hello")

    urls = types.ModuleType("bench_ikut_urls")
    urls.urlpatterns = [path(prefix, hello), *ikut.urls.urlpatterns]
    for name in ("handler400", "handler403", "handler404", "handler500"):
        if hasattr(ikut.urls, name):
            setattr(urls, name, getattr(ikut.urls, name))
    sys.modules[urls.__name__] = urls
    settings.ROOT_URLCONF = urls.__name__
    clear_url_caches()
    return "/" + prefix


def gunicorn_environ(method, path, query, body, headers):
    """The WSGI environ gunicorn's sync worker builds (gunicorn.http.wsgi.create) for what http.client sends: Host
    with the port, Accept-Encoding: identity unless given, Content-Length for a body, then `headers`."""
    headers = {"Host": "127.0.0.1:8000", **({} if "Accept-Encoding" in headers else {"Accept-Encoding": "identity"}),
               **({"Content-Length": str(len(body))} if body else {}), **headers}
    env = {"wsgi.errors": sys.stderr, "wsgi.version": (1, 0), "wsgi.multithread": False, "wsgi.multiprocess": True,
           "wsgi.run_once": False, "wsgi.input_terminated": True, "SERVER_SOFTWARE": "gunicorn",
           "wsgi.input": io.BytesIO(body), "REQUEST_METHOD": method, "QUERY_STRING": query,
           "RAW_URI": path + ("?" + query if query else ""), "SERVER_PROTOCOL": "HTTP/1.1",
           "REMOTE_ADDR": "127.0.0.1", "REMOTE_PORT": "50000", "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000",
           "wsgi.url_scheme": "http", "PATH_INFO": path, "SCRIPT_NAME": ""}
    for name, value in headers.items():
        key = name.upper().replace("-", "_")
        env[key if key in ("CONTENT_TYPE", "CONTENT_LENGTH") else "HTTP_" + key] = value
    return env
