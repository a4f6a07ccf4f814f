"""Benchmark: the caseload dashboard, the participant page and the portal home on PostgreSQL, against a bare Django
view and a minimal view through IKUT's middleware stack, measured in the same run.

    PYTHONPATH=src python benchmarks/caseload.py [--participants 5000] [--events 50000] [--rounds 5]
                                                 [--requests 30] [--keep]
    PYTHONPATH=src python benchmarks/caseload.py --participants 100000 --events 1000000   # the issue-3/17 size

Creates its own database (bench_perf_caseload_<pid> on BENCH_PG, default 127.0.0.1), migrates, and fills it with
INSERT … SELECT generate_series (COPY-speed, no Python loop): N participants in 20 organisations (encrypted
identity: real tokens from core.crypto.encrypt, from a small pool), one work coach per 25 participants, `--events`
meetings + notes (half each, encrypted summaries/bodies), two tasks per participant, risk flags on 10 %, consents.
Then it measures with Django's test client, in this process:
  bare       a bare Django view (no middleware, a one-route URLconf): the floor of a request served this way
  hello      a minimal view (HttpResponse("hello")) through IKUT's whole middleware stack, signed in
  portal fi  /portal/fi/ anonymous, Accept-Encoding: gzip, br (as a phone's browser asks)
  portal ar  /portal/ar/ the same, right to left
  dashboard  /participants/ for a work coach with 25 participants (today's meetings, overdue tasks, ...)
  org        /participants/?scope=organisation for a supervisor (≈ N/20 records, paginated)
  record     /participants/<code>/ for an assigned work coach (≈ events/N meetings + notes on the record)
  identity   the same page with identity shown
Signed-in pages run with a verified second factor, every view audited exactly as in production. Each round requests
every page `--requests` times (after warm-up); p50/p95 per round; the figures printed are the medians over rounds,
with each page's ratio to hello and to bare. The database is dropped at the end unless --keep.
Targets (issue 17): portal home ≤ 2× bare; dashboard and record ≤ 2.5× hello and p95 ≤ 60 ms at 100,000
participants / 1,000,000 meetings. No timed assertions anywhere.
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

from benchlib import admin, bare_client, header, ikut_hello, load_average, percentile, throwaway_database, verdict  # noqa: E402,I001

ORGS = 20
PER_COACH = 25


def insert_series(cursor, table, n, given, start=1):
    """INSERT INTO table SELECT … FROM generate_series(start, start + n - 1) g; required columns without a
    value in `given` get '' / false / now()."""
    cursor.execute("""SELECT column_name, data_type FROM information_schema.columns
                      WHERE table_name = %s AND is_nullable = 'NO' AND column_default IS NULL""", [table])
    from django.apps import apps

    from ikut.core.crypto import encrypt, encrypted_fields

    columns = dict(given)
    model = next(m for m in apps.get_models() if m._meta.db_table == table)
    for field in encrypted_fields(model):  # blank encrypted values are encrypted '' (never a bare '')
        if columns.get(field.column, "''") == "''" and not field.null:
            columns[field.column] = f"'{encrypt('')}'"
    for name, dtype in cursor.fetchall():
        if name == "id" or name in columns:
            continue
        columns[name] = {"boolean": "false", "timestamp with time zone": "now()", "date": "current_date"}.get(
            dtype, "''")
    names = ", ".join(columns)
    values = ", ".join(columns.values()).replace("%", "%%")
    cursor.execute(f"INSERT INTO {table} ({names}) SELECT {values} FROM generate_series(%s, %s) g",
                   [start, start + n - 1])


def pool(values):
    """An SQL array of encrypted tokens, indexed by an expression: (ARRAY[...])[1 + (expr) % len]."""
    from ikut.core.crypto import encrypt

    tokens = ", ".join(f"'{encrypt(v)}'" for v in values)
    return lambda expr: f"(ARRAY[{tokens}])[1 + ({expr}) % {len(values)}]"


def fill(cursor, n, events, coach_id, supervisor_org):
    from ikut.accounts.models import Organisation, Role, User

    first = pool(["Nok", "Blessing", "Hieu", "Oleksandr", "Amina", "Maria", "Ion", "Aisha", "Tran", "Olga"])
    last = pool(["Saelim", "Okafor", "Nguyen", "Kovalenko", "Warsame", "Santos", "Rusu", "Ahmed", "Le", "Ivanova"])
    dob = pool(["1988-09-21", "1999-07-02", "1995-11-05", "1981-01-30", "2004-03-14", "1990-06-12"])
    phone = pool([f"+35840{i:07d}" for i in range(10)])
    text = pool([f"Meeting/note text number {i}: discussed the plan, next steps and what she wants to do."
                 for i in range(20)])
    title = pool(["Hygiene passport course", "Call Kela", "CV in Finnish", "Visit the employment services",
                  "Occupational safety card", "Bank account", "Finnish course application"])
    orgs = list(Organisation.objects.order_by("id").values_list("id", flat=True))
    org_array = "ARRAY[" + ",".join(map(str, orgs)) + "]"

    # work coaches: one per 25 participants (the first 25 participants belong to the measured coach)
    coaches = max(1, n // PER_COACH - 1)
    User.objects.bulk_create([User(email=f"coach{i}@bench.example", password="!", role=Role.CASEWORKER,
                                   organisation_id=orgs[i % len(orgs)], display_name=f"Coach {i}")
                              for i in range(coaches)], batch_size=2000)
    coach_ids = list(User.objects.filter(email__endswith="@bench.example").order_by("id").values_list("id", flat=True))
    coach_array = "ARRAY[" + ",".join(map(str, coach_ids)) + "]"
    # participant g (1-based id) -> its coach: the measured coach for g <= 25, else the generic ones
    def coach_of_expr(pid):
        return (f"CASE WHEN ({pid}) <= {PER_COACH} THEN {coach_id} "
                f"ELSE ({coach_array})[1 + ((({pid}) - 1) / {PER_COACH}) % {len(coach_ids)}] END")

    coach_of = coach_of_expr("g")

    org_of = f"CASE WHEN g <= {PER_COACH} THEN {supervisor_org} ELSE ({org_array})[1 + g % {len(orgs)}] END"
    insert_series(cursor, "participants_participant", n, {
        "code": "'IK-2026-' || lpad(g::text, 6, '0')",
        "organisation_id": org_of,
        "first_name": first("g"), "last_name": last("g * 7"), "date_of_birth": dob("g * 3"), "phone": phone("g"),
        "preferred_name": "''", "nationality": "''", "languages_spoken": "''", "email": "''", "address": "''",
        "contact_channel": "''", "safe_contact_notes": "''", "safety_plan": "''",
        "identity_index": "md5(g::text) || md5((g * 7)::text)",
        "language": "(ARRAY['th','en','vi','uk','so','ru','ar'])[1 + g % 7]",
        "current_phase": "(ARRAY['intake','skills_identification','rights_information','job_readiness',"
                         "'work_trial','employment','follow_up'])[1 + g % 7]",
        "status": "CASE WHEN g % 5 = 0 THEN 'closed' ELSE 'open' END",
        "intake_date": "current_date - (g % 900)",
        "gender": "(ARRAY['woman','man','non_binary'])[1 + g % 3]",
        "created_at": "now()", "updated_at": "now()",
    })
    cursor.execute("SELECT min(id), max(id) FROM participants_participant")
    lo, hi = cursor.fetchone()
    assert lo == 1 and hi == n, "a fresh database numbers participants 1..N"
    insert_series(cursor, "participants_assignment", n, {
        "participant_id": "g", "user_id": coach_of, "role": "'lead'", "assigned_at": "now()"})
    half = events // 2
    # meetings: spread over the last 400 days; the measured coach has 3 meetings today
    insert_series(cursor, "participants_meeting", half, {
        "participant_id": f"1 + (g - 1) % {n}",
        "worker_id": coach_of_expr(f"1 + (g - 1) % {n}"),
        "kind": "(ARRAY['coaching','group_training','psychosocial','other'])[1 + g % 4]",
        "starts_at": "CASE WHEN g <= 3 THEN date_trunc('day', now()) + (g + 8) * interval '1 hour' "
                     "ELSE now() - (g % 400) * interval '1 day' - (g % 9) * interval '1 hour' END",
        "duration_minutes": "30 + g % 60", "interpreter_used": "g % 2 = 0",
        "interpreter_language": "CASE WHEN g % 2 = 0 THEN 'th' ELSE '' END",
        "attendance": "'attended'", "summary": text("g"), "created_at": "now()"})
    insert_series(cursor, "participants_note", events - half, {
        "participant_id": f"1 + (g - 1) % {n}",
        "kind": "CASE WHEN g % 5 = 0 THEN 'psychosocial' ELSE 'team' END",
        "body": text("g * 3"), "created_at": "now() - (g % 500) * interval '1 day'"})
    # tasks: a plan task per participant (10 % overdue) and a follow-up task for closed ones
    insert_series(cursor, "participants_task", n, {
        "participant_id": "g", "phase": "'intake'", "kind": "'plan'", "title": title("g"), "title_fi": "''",
        "owner_id": coach_of, "status": "'planned'",
        "due_date": "CASE WHEN g % 10 = 0 OR g <= 5 THEN current_date - 3 ELSE current_date + g % 60 END",
        "created_at": "now()"})
    insert_series(cursor, "participants_task", n, {
        "participant_id": "g", "phase": "'follow_up'", "kind": "CASE WHEN g % 5 = 0 THEN 'follow_up' ELSE 'plan' END",
        "title": title("g + 3"), "title_fi": "''", "owner_id": coach_of, "status": "'planned'",
        "due_date": "current_date + g % 200", "created_at": "now()"})
    insert_series(cursor, "participants_goal", n, {
        "participant_id": "g", "phase": "'intake'", "own_words": text("g + 1"), "own_words_fi": "''",
        "status": "'in_progress'", "created_at": "now()"})
    insert_series(cursor, "participants_riskflag", n // 10, {
        "participant_id": "g * 10 - 9", "kind": "'unsafe_phone'", "note": text("g"), "raised_at": "now()"})
    insert_series(cursor, "participants_consent", n, {
        "participant_id": "g", "purpose": "'participation_and_data_processing'", "text_version": "'2026-1'",
        "text_language": "'th'", "given_at": "now() - interval '30 days'", "how_given": "'signed'",
        "interpreter_language": "''"})
    for table in ("participants_participant", "participants_assignment", "participants_meeting",
                  "participants_note", "participants_task", "participants_goal", "participants_riskflag",
                  "participants_consent", "accounts_user"):
        cursor.execute(f"ANALYZE {table}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=5_000)
    parser.add_argument("--events", type=int, default=50_000, help="meetings + notes in total")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="keep the database (its name is printed)")
    args = parser.parse_args()
    header("caseload.py")
    with throwaway_database("postgres", "caseload") as database:
        try:
            run(args, database)
        finally:
            if args.keep:  # a kept database outlives the run: rename it so the drop finds nothing
                from django.db import connections

                connections.close_all()
                admin(f'ALTER DATABASE "{database}" RENAME TO "{database}_kept"')
                print(f"kept as {database}_kept")
    header("caseload.py done")


def run(args, database):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings_test")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from ikut.accounts.models import Organisation, Role

    settings.ALLOWED_HOSTS = ["*"]
    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"database {database}: migrated in {time.perf_counter() - t0:.1f} s")
    from tests.helpers import make_user, sign_in

    orgs = [Organisation.objects.create(name=f"Bench org {i}", kind=Organisation.Kind.ASSISTANCE_SYSTEM)
            for i in range(ORGS)]
    coach = make_user(Role.CASEWORKER, orgs[0], email="measured-coach@bench.test")
    supervisor = make_user(Role.SUPERVISOR, orgs[0], email="measured-supervisor@bench.test")
    t0 = time.perf_counter()
    with connection.cursor() as cursor:
        fill(cursor, args.participants, args.events, coach.pk, orgs[0].pk)
    build = time.perf_counter() - t0
    with connection.cursor() as cursor:
        cursor.execute("SELECT (SELECT count(*) FROM participants_participant), "
                       "(SELECT count(*) FROM participants_meeting), (SELECT count(*) FROM participants_note), "
                       "(SELECT count(*) FROM participants_participant WHERE organisation_id = %s)", [orgs[0].pk])
        n_p, n_m, n_n, n_org = cursor.fetchone()
    print(f"built {n_p:,} participants, {n_m:,} meetings, {n_n:,} notes in {build:.1f} s "
          f"(supervisor's organisation: {n_org:,} records)")

    hello_path = ikut_hello()
    code = "IK-2026-000001"
    coach_client = sign_in(Client(), coach)
    sup_client = sign_in(Client(), supervisor)
    visitor = Client(HTTP_ACCEPT_ENCODING="gzip, br")
    targets = {
        "bare": (bare_client(), "/bare/hello/"),
        "hello": (coach_client, hello_path),
        "portal fi": (visitor, "/portal/fi/"),
        "portal ar": (visitor, "/portal/ar/"),
        "dashboard": (coach_client, "/participants/"),
        "org": (sup_client, "/participants/?scope=organisation"),
        "record": (coach_client, f"/participants/{code}/"),
        "identity": (coach_client, f"/participants/{code}/?identity=1"),
    }
    for name, (client, url) in targets.items():
        for _ in range(3):
            response = client.get(url)
            assert response.status_code == 200, (name, response.status_code)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM participants_meeting WHERE participant_id = 1")
        on_record = cursor.fetchone()[0]
    rounds = {name: {"p50": [], "p95": []} for name in targets}
    for _round in range(args.rounds):
        for name, (client, url) in targets.items():
            times = []
            for _ in range(args.requests):
                t = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - t) * 1000)
            rounds[name]["p50"].append(percentile(times, 0.50))
            rounds[name]["p95"].append(percentile(times, 0.95))
    figures = {name: (statistics.median(r["p50"]), statistics.median(r["p95"])) for name, r in rounds.items()}
    print(f"\n{args.rounds} rounds × {args.requests} requests per page; medians over rounds "
          f"(record {code} has {on_record} meetings); {load_average()}")
    print(f"{'page':<10} {'p50 ms':>8} {'p95 ms':>8} {'p50/hello':>10} {'p50/bare':>9}")
    for name, (p50, p95) in figures.items():
        print(f"{name:<10} {p50:8.2f} {p95:8.2f} {p50 / figures['hello'][0]:10.2f} {p50 / figures['bare'][0]:9.1f}")
    portal = max(figures["portal fi"][0], figures["portal ar"][0])
    worst = max(("dashboard", "record"), key=lambda n: figures[n][0] / figures["hello"][0])
    worst95 = max(figures["dashboard"][1], figures["record"][1])
    print(f"targets: portal home ≤ 2× bare: {verdict(portal <= 2 * figures['bare'][0])} "
          f"({portal / figures['bare'][0]:.1f}×); dashboard and record ≤ 2.5× hello: "
          f"{verdict(figures[worst][0] <= 2.5 * figures['hello'][0])} "
          f"({worst} {figures[worst][0] / figures['hello'][0]:.2f}×); "
          f"p95 ≤ 60 ms: {verdict(worst95 <= 60)} ({worst95:.1f} ms; the size target is 100,000 participants)")


if __name__ == "__main__":
    main()
