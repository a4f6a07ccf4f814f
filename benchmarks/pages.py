"""Every page a signed-in user can GET, timed against the IKUT-stack hello of the same run: which pages cost most.

    PYTHONPATH=src python benchmarks/pages.py [--database postgres] [--requests 15] [--top 40]

It builds the access-matrix world (tests/access_matrix: every role, one or a few records of each kind) in a
throw-away database, and for every GET entry of the matrix requests the page as the first role the matrix allows
(signed in with a verified second factor and in sudo mode, as tests/test_access_matrix.py does), `--requests` times
after two warm-ups, with Django's test client in this process. It prints, per page: status, p50 ms, the ratio to
the signed-in hello, the number of SQL queries of one request and the response size; sorted by p50, the `--top`
costliest first, then the distribution. The world is small, so this finds a page's fixed cost (queries, template,
audit), not how it grows with data: caseload.py and the attendee benchmark measure growth. No targets: it is a map.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # tests (the access matrix and its world)
sys.path.append(str(ROOT / "benchmarks"))

from benchlib import header, load_average, throwaway_database  # noqa: E402


def _timed(client, url, requests):
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    return response, statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--requests", type=int, default=15)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    if not 1 <= args.requests <= 200:
        parser.error("--requests must be 1..200")
    header(f"pages.py ({args.database})")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings_test")
    with throwaway_database(args.database, "pages"):
        import django

        django.setup()
        from benchlib import ikut_hello
        from django.conf import settings
        from django.core.management import call_command
        from django.db import connection
        from django.test import Client

        from ikut.accounts.sessions import SUDO_KEY
        from tests import access_matrix
        from tests.access_matrix.world import build_world
        from tests.helpers import sign_in

        settings.ALLOWED_HOSTS = ["*"]
        call_command("migrate", verbosity=0)
        matrix, extenders = access_matrix.load()
        world = build_world(extenders)
        hello = ikut_hello()
        clients = {}

        def client_for(role):
            if role not in clients:
                client = sign_in(Client(), world.users[role])
                session = client.session
                session[SUDO_KEY] = time.time() + 24 * 3600
                session.save()
                clients[role] = client
            return clients[role]

        coach = client_for("caseworker")
        for _ in range(5):
            coach.get(hello)
        _, hello_ms = _timed(coach, hello, args.requests * 4)
        rows = []
        for name, role, url in access_matrix.pages(matrix, world):
            client = client_for(role)
            for _ in range(2):
                client.get(url)
            queries: list = []

            def counted(execute, sql, params, many, context, queries=queries):
                queries.append(sql)
                return execute(sql, params, many, context)

            with connection.execute_wrapper(counted):
                client.get(url)
            response, p50 = _timed(client, url, args.requests)
            size = len(response.content) if not response.streaming else 0
            rows.append((p50, name, role, response.status_code, len(queries), size))
        rows.sort(reverse=True)
        print(f"hello (signed in, IKUT stack): p50 {hello_ms:.2f} ms; {len(rows)} pages, {args.requests} requests each")
        print(f"{'page':44} {'role':16} {'status':>6} {'p50 ms':>8} {'× hello':>8} {'queries':>8} {'KB':>7}")
        for p50, name, role, status, count, size in rows[: args.top]:
            print(f"{name:44} {role:16} {status:>6} {p50:8.2f} {p50 / hello_ms:8.1f} {count:8} {size / 1024:7.1f}")
        times = [r[0] for r in rows]
        counts = [r[4] for r in rows]
        middle = statistics.median(times)
        print(f"all pages: p50 of the p50s {middle:.2f} ms ({middle / hello_ms:.1f}× hello); slowest "
              f"{max(times):.2f} ms; queries per page median {statistics.median(counts):.0f}, max {max(counts)}; "
              f"statuses {sorted({r[3] for r in rows})}")
        print(f"pages.py done — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {load_average()}")


if __name__ == "__main__":
    main()
