"""Instruction counts of the caseload pages (callgrind), on SQLite, with the caseload_html.py fixture.

    PYTHONPATH=<checkout>/src python benchmarks/caseload_callgrind.py --build /tmp/case.sqlite3
    PYTHONPATH=<checkout>/src valgrind --tool=callgrind --collect-atstart=no \
        --toggle-collect=sys_call_tracing --dump-after=sys_call_tracing --callgrind-out-file=/tmp/cg.%p \
        python benchmarks/caseload_callgrind.py --measure /tmp/case.sqlite3 [--requests 20]
    callgrind_annotate /tmp/cg.<pid>.<n> | head        # one dump per page, in PAGES order

--build makes the fixture (benchmarks/caseload_html.py's build()) in an SQLite file, outside valgrind; --measure
copies that file, signs the users in, warms every page up, then requests each page `--requests` times inside one
sys.call_tracing() call, so that callgrind counts only those requests and dumps each page's counts to its own file.
Instruction counts do not move with the machine's load. Use the same built file for A and B.
"""

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))
sys.path.append(str(ROOT / "benchmarks"))

PAGES = ("hello", "dashboard", "org", "record", "identity")


def setup(path):
    os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings_test")
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--build")
    group.add_argument("--measure")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=20)
    args = parser.parse_args()
    if args.build:
        setup(args.build)
        from caseload_html import build
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        users, people = build()
        print(f"built {args.build}: {len(people)} participants")
        return
    folder = tempfile.mkdtemp(prefix="caseload-cg-")
    copy = Path(folder) / "case.sqlite3"
    shutil.copy(args.measure, copy)
    try:
        setup(copy)
        from benchlib import ikut_hello
        from django.test import Client

        from ikut.accounts.models import User
        from ikut.participants.models import Participant
        from tests.helpers import sign_in

        hello = ikut_hello()
        coach = sign_in(Client(), User.objects.get(email="coach@html.test"))
        sup = sign_in(Client(), User.objects.get(email="sup@html.test"))
        code = Participant.objects.order_by("pk").values_list("code", flat=True)[1]  # caseload_html's "first"
        targets = {
            "hello": (coach, hello),
            "dashboard": (coach, "/participants/"),
            "org": (sup, "/participants/?scope=organisation"),
            "record": (coach, f"/participants/{code}/"),
            "identity": (coach, f"/participants/{code}/?identity=1"),
        }
        for name in PAGES:
            client, url = targets[name]
            for _ in range(args.warmup):
                response = client.get(url)
                assert response.status_code == 200, (name, response.status_code)

            def loop(client=client, url=url):
                for _ in range(args.requests):
                    client.get(url)

            sys.call_tracing(loop, ())
            print(f"{name}: {url} × {args.requests}", flush=True)
    finally:
        from django.db import connections

        connections.close_all()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
