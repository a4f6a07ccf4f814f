"""Benchmark: seminar registration and the attendee list, against baselines measured in the same run.

    .venv/bin/python benchmarks/events.py [--attendees 300] [--rounds 5] [--n 100]

Runs on a throw-away test database (settings_test: in-memory SQLite, or PostgreSQL with DATABASE_URL and
IKUT_TEST_DATABASE). Prints medians over rounds:
  insert     baseline: Registration.objects.create with the same encrypted fields (no checks, no audit)
  register   actions.register + confirm_email (duplicate check, blind index, seat lock, two audit-chain
             appends, two emails built and sent to the locmem backend)
  hello      baseline: a signed-in request to a minimal view through the full middleware stack
  attendees  /events/manage/<id>/attendees/ with --attendees registrations (decrypting every name/email)
No timed assertions: figures and ratios only.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings_test")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--n", type=int, default=100)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        run(args)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def run(args):
    import datetime

    from django.test import Client
    from django.utils import timezone

    from ikut.accounts.models import Organisation, Role
    from ikut.core.crypto import blind_index
    from ikut.events import actions
    from ikut.events.models import Event, Registration
    from tests.helpers import VISITOR, make_org, make_user, sign_in

    now = timezone.now()

    def new_event(capacity):
        return Event.objects.create(title_en="Bench", published=True, location="Helsinki", capacity=capacity,
                                    starts_at=now + datetime.timedelta(days=5),
                                    ends_at=now + datetime.timedelta(days=5, hours=2))

    insert, register = [], []
    for r in range(args.rounds):
        event = new_event(args.n * 2)
        start = time.perf_counter()
        for i in range(args.n):
            email = f"i{r}-{i}@example.org"
            Registration.objects.create(event=event, name=f"Person {i}", email=email, email_index=blind_index(email),
                                        status=Registration.Status.CONFIRMED)
        insert.append((time.perf_counter() - start) / args.n)
        event = new_event(args.n * 2)
        start = time.perf_counter()
        for i in range(args.n):
            registration = actions.register(VISITOR, event, name=f"Person {i}", email=f"r{r}-{i}@example.org",
                                            language="fi", ip="127.0.0.1")
            actions.confirm_email(VISITOR, registration, ip="127.0.0.1")
        register.append((time.perf_counter() - start) / args.n)

    manager = make_user(Role.PROJECT_MANAGER, make_org("Project (bench)", Organisation.Kind.PROJECT_OFFICE))
    big = new_event(args.attendees)
    for i in range(args.attendees):
        email = f"a{i}@example.org"
        Registration.objects.create(event=big, name=f"Attendee {i}", email=email, email_index=blind_index(email),
                                    status=Registration.Status.CONFIRMED)
    client = sign_in(Client(), manager)
    hello_url, page_url = "/healthz", f"/events/manage/{big.pk}/attendees/"
    hello, page = [], []
    for _ in range(args.rounds):
        for url, sink in ((hello_url, hello), (page_url, page)):
            client.get(url)  # warm-up
            times = []
            for _ in range(10):
                start = time.perf_counter()
                response = client.get(url)
                times.append(time.perf_counter() - start)
                assert response.status_code == 200, (url, response.status_code)
            sink.append(statistics.median(times))

    def ms(values):
        return statistics.median(values) * 1000

    print(f"database: {__import__('django.db').db.connection.vendor}; rounds={args.rounds}")
    print(f"insert     {ms(insert):8.2f} ms per registration (baseline)")
    print(f"register   {ms(register):8.2f} ms per registration+confirmation  ratio {ms(register) / ms(insert):5.1f}x")
    print(f"hello      {ms(hello):8.2f} ms per request (baseline)")
    print(f"attendees  {ms(page):8.2f} ms for {args.attendees} attendees            ratio {ms(page) / ms(hello):5.1f}x")


if __name__ == "__main__":
    main()
