"""Benchmark: seminar registration and the attendee list, against baselines measured in the same run.

    PYTHONPATH=src python benchmarks/events.py [--database sqlite|postgres] [--attendees 300] [--rounds 5] [--n 100]

Creates a throw-away database (SQLite file, or bench_perf_events_<pid> on BENCH_PG) and uses the database task
backend, as production does: a registration enqueues its email (a task row) and the mail is built later by
`ikut worker`, so no email is built in the timed code. Prints medians over rounds:
  insert     baseline: Registration.objects.create with the same encrypted fields (no checks, no audit)
  register   actions.register + confirm_email (duplicate check, blind index, seat lock, two audit-chain
             appends, two emails enqueued)
  bare       baseline: GET of a bare Django view (no middleware, one-route URLconf, the same test client)
  hello      baseline: GET of a minimal view through IKUT's whole middleware stack, signed in
  attendees  /events/manage/<id>/attendees/ with --attendees registrations (every name and email decrypted)
Target (issue 17): the attendee page with 300 attendees ≤ 20 ms. No timed assertions anywhere.
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
sys.path.insert(0, str(ROOT / "benchmarks"))

from benchlib import bare_client, header, ikut_hello, throwaway_database, verdict  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--attendees", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--n", type=int, default=100)
    args = parser.parse_args()
    header(f"events.py [{args.database}]")
    with throwaway_database(args.database, "events"):
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings_test")
        os.environ["IKUT_TASK_BACKEND"] = "django_tasks_db.DatabaseBackend"  # as in production
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command

        settings.ALLOWED_HOSTS = ["*"]
        call_command("migrate", verbosity=0)
        run(args)
    header("events.py done")


def run(args):
    import datetime

    from django.db import connection
    from django.test import Client
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

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
    queued = DBTaskResult.objects.count()

    manager = make_user(Role.PROJECT_MANAGER, make_org("Project (bench)", Organisation.Kind.PROJECT_OFFICE))
    big = new_event(args.attendees)
    Registration.objects.bulk_create([
        Registration(event=big, name=f"Attendee {i}", email=f"a{i}@example.org",
                     email_index=blind_index(f"a{i}@example.org"),
                     status=Registration.Status.CONFIRMED) for i in range(args.attendees)])
    hello_path = ikut_hello()
    client, bare = sign_in(Client(), manager), bare_client()
    page_url = f"/events/manage/{big.pk}/attendees/"
    targets = {"bare": (bare, "/bare/hello/"), "hello": (client, hello_path), "attendees": (client, page_url)}
    samples = {name: [] for name in targets}
    for _ in range(args.rounds):
        for name, (c, url) in targets.items():
            c.get(url)  # warm-up
            times = []
            for _ in range(10):
                start = time.perf_counter()
                response = c.get(url)
                times.append(time.perf_counter() - start)
                assert response.status_code == 200, (url, response.status_code)
            samples[name].append(statistics.median(times))
    rows = client.get(page_url).content.decode().count("<tr>") - 1

    def ms(values):
        return statistics.median(values) * 1000

    print(f"database {connection.vendor}; task backend {type(actions.send_registration_email.get_backend()).__name__} "
          f"({queued} emails queued, none built); {args.rounds} rounds, medians")
    print(f"  insert     {ms(insert):8.2f} ms per registration (baseline)")
    print(f"  register   {ms(register):8.2f} ms per registration + confirmation   "
          f"{ms(register) / ms(insert):5.1f}× insert")
    print(f"  bare       {ms(samples['bare']):8.2f} ms per request (baseline)")
    print(f"  hello      {ms(samples['hello']):8.2f} ms per request                    "
          f"{ms(samples['hello']) / ms(samples['bare']):5.1f}× bare")
    page = ms(samples["attendees"])
    print(f"  attendees  {page:8.2f} ms for {args.attendees} attendees ({rows} rows on the page)  "
          f"{page / ms(samples['hello']):5.1f}× hello, {page / ms(samples['bare']):5.1f}× bare")
    print(f"  target attendee page ≤ 20 ms: {verdict(page <= 20)}")


if __name__ == "__main__":
    main()
