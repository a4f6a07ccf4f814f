"""Benchmark: the ESF+ indicator table over N participants on PostgreSQL vs one hand-written GROUP BY.

    PYTHONPATH=src python benchmarks/reporting.py [--participants 100000] [--runs 5] [--keep]
    (--participants 1000000 is the issue-8 size)

Creates its own database (bench_perf_reporting_<pid>), migrates only what participants need, fills it with
generate_series (N participants, ~90 % with a valid ESF+ consent, ~5 % withdrawn), then times
  A) ikut.reporting.esf.participant_counts(start, end) — the real code path (one aggregate query grouped
     by gender, ~60 FILTER cells; plus one count of those not counted under --basis consent),
  B) a hand-written SQL GROUP BY over the same rows and columns (same cohort filter; the consent
     semi-join only under --basis consent),
and prints the medians and A/B. The database is dropped at the end unless --keep.
Targets (issues 8 and 15): A under 2 s, A/B under 1.5 at 1,000,000 participants. Suppression
(privacy.protect) and the company rows (EECO19) are not timed here: they work on the ~300 aggregated
cells and on companies, not on participants.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DB = f"bench_perf_reporting_{os.getpid()}"  # its own database, created and dropped by this run
SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")


def admin(sql):
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(sql)


def fill(cursor, n):
    cursor.execute("INSERT INTO accounts_organisation (name, kind, is_active, created_at) VALUES ('Bench org', "
                   "'assistance_system', true, now()) RETURNING id")
    org = cursor.fetchone()[0]
    cursor.execute("""
        SELECT column_name, data_type FROM information_schema.columns
        WHERE table_name = 'participants_participant' AND is_nullable = 'NO' AND column_default IS NULL""")
    required = dict(cursor.fetchall())
    given = {
        "code": "'IK-B-' || g",
        "organisation_id": str(org),
        "language": "'fi'",
        "current_phase": "(ARRAY['intake','skills_identification','rights_information','job_readiness',"
                         "'work_trial','employment','follow_up'])[1 + g % 7]",
        "status": "CASE WHEN g % 3 = 0 THEN 'closed' ELSE 'open' END",
        "intake_date": "DATE '2020-01-01' + (g % 2400)",
        "gender": "(ARRAY['woman','man','non_binary',''])[1 + (g * 7) % 4]",
        "employment_status_at_entry": "(ARRAY['unemployed','long_term_unemployed','inactive','employed',''])"
                                      "[1 + (g * 11) % 5]",
        "age_band_at_entry": "(ARRAY['under_18','18_29','30_54','55_plus',''])[1 + (g * 13) % 5]",
        "education_level": "(ARRAY['isced_0_2','isced_3_4','isced_5_8',''])[1 + (g * 17) % 4]",
        "exit_reason": "''",
        "identity_index": "''",
        # special categories: yes / no / declined / not recorded ('')
        "foreign_background": "(ARRAY['yes','no','declined',''])[1 + (g * 19) % 4]",
        "disability": "(ARRAY['no','yes','declined',''])[1 + (g * 23) % 4]",
        "minority": "(ARRAY['no','yes','declined',''])[1 + (g * 29) % 4]",
        "homeless_or_housing_exclusion": "(ARRAY['no','yes','declined',''])[1 + (g * 31) % 4]",
        "created_at": "now()", "updated_at": "now()",
    }
    optional = {
        "third_country_national": "CASE WHEN g % 10 = 0 THEN NULL ELSE g % 4 <> 0 END",
        "rural_area": "CASE WHEN g % 11 = 0 THEN NULL ELSE g % 5 = 0 END",
        # situation on leaving: yes / no / not recorded (null)
        "exit_employed": "CASE WHEN g % 3 <> 0 OR g % 13 = 0 THEN NULL ELSE g % 5 < 3 END",
        "exit_in_education_or_training": "CASE WHEN g % 3 <> 0 OR g % 13 = 1 THEN NULL ELSE g % 7 = 1 END",
        "exit_job_searching": "CASE WHEN g % 3 <> 0 OR g % 13 = 2 THEN NULL ELSE g % 5 = 4 END",
        "exit_qualification_gained": "CASE WHEN g % 3 <> 0 OR g % 13 = 3 THEN NULL ELSE g % 4 = 0 END",
        "exit_date": "CASE WHEN g % 3 = 0 THEN DATE '2020-01-01' + (g % 2400) + 30 + g % 300 END",
        "employed_6_months": "CASE WHEN g % 3 = 0 AND g % 2 = 0 THEN g % 5 < 3 END",
    }
    columns = dict(optional)
    for name, dtype in required.items():
        if name in ("id",):
            continue
        columns[name] = given.get(name) or ("false" if dtype == "boolean" else "''")
    names = ", ".join(columns)
    values = ", ".join(columns.values())
    values = values.replace("%", "%%")
    cursor.execute(f"INSERT INTO participants_participant ({names}) SELECT {values} FROM generate_series(1, %s) g",
                   [n])
    cursor.execute("""
        INSERT INTO participants_consent (participant_id, purpose, text_version, text_language, given_at, how_given,
                                          interpreter_language, withdrawn_at)
        SELECT id, 'esf_reporting', 'v1', 'fi', now() - interval '1 day', 'signed', '',
               CASE WHEN id %% 20 = 0 THEN now() END
        FROM participants_participant WHERE id %% 10 <> 0""", [])
    cursor.execute("ANALYZE participants_participant")
    cursor.execute("ANALYZE participants_consent")


# The indexes this query needs (intake_date, exit_date, valid ESF consent) come with the participants
# migrations (0002), so the figures are for the shipped schema.

BASELINE = """
SELECT gender, employment_status_at_entry, age_band_at_entry, education_level, third_country_national,
       rural_area, foreign_background, disability, minority, homeless_or_housing_exclusion, exit_employed,
       exit_job_searching, exit_in_education_or_training, exit_qualification_gained, employed_6_months, count(*)
FROM participants_participant p
WHERE (p.intake_date BETWEEN %(s)s AND %(e)s OR p.exit_date BETWEEN %(s)s AND %(e)s
       OR p.exit_date BETWEEN %(s6)s AND %(e6)s)
  {consent}
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
"""
CONSENT = """AND EXISTS (SELECT 1 FROM participants_consent c WHERE c.participant_id = p.id
              AND c.purpose = 'esf_reporting' AND c.withdrawn_at IS NULL AND c.given_at <= now())"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000, help="1000000 for the issue-8 size")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--basis", choices=["legal_obligation", "consent"], default="legal_obligation",
                        help="IKUT_ESF_BASIS to measure (consent adds the consent semi-join to both queries)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from benchlib import header

    header("reporting.py")
    admin(f"DROP DATABASE IF EXISTS {DB}")
    admin(f"CREATE DATABASE {DB}")
    os.environ["DATABASE_URL"] = f"{SERVER}/{DB}"
    os.environ["IKUT_ENV"] = "test"
    os.environ["IKUT_ESF_BASIS"] = args.basis
    baseline = BASELINE.format(consent=CONSENT if args.basis == "consent" else "")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings_test")
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        from ikut.reporting import esf
        from ikut.reporting.models import ReportingPeriod

        call_command("migrate", "participants", verbosity=0)
        t0 = time.perf_counter()
        with connection.cursor() as cursor:
            fill(cursor, args.participants)
        print(f"built {args.participants:,} participants in {time.perf_counter() - t0:.1f} s")

        import datetime

        period = ReportingPeriod(name="bench", start=datetime.date(2024, 1, 1), end=datetime.date(2024, 6, 30))
        params = {"s": period.start, "e": period.end, "s6": esf.add_months(period.start, -6),
                  "e6": esf.add_months(period.end, -6)}
        a_times, b_times = [], []
        counts = esf.participant_counts(period.start, period.end)  # warm-up (and the figures)
        with connection.cursor() as cursor:
            cursor.execute(baseline, params)
        for _run in range(args.runs):
            t = time.perf_counter()
            counts = esf.participant_counts(period.start, period.end)
            a_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            with connection.cursor() as cursor:
                cursor.execute(baseline, params)
                cursor.fetchall()
            b_times.append(time.perf_counter() - t)
        a, b = statistics.median(a_times), statistics.median(b_times)
        cells, not_counted = counts
        print(f"basis {args.basis}: entered {cells['EECO01']['total']:,} (+{not_counted['entered']:,} not counted), "
              f"left {cells['left_total']['total']:,}, six-month {cells['six_months_total']['total']:,}")
        print("ESF+ participant table by gender (esf.participant_counts): "
              f"median {a * 1000:.0f} ms over {args.runs} runs "
              f"(runs: {', '.join(f'{x * 1000:.0f}' for x in a_times)})")
        print(f"hand-written SQL GROUP BY baseline:    median {b * 1000:.0f} ms "
              f"(runs: {', '.join(f'{x * 1000:.0f}' for x in b_times)})")
        print(f"ratio ESF/baseline: {a / b:.2f}  (targets: ESF < 2000 ms, ratio < 1.5)")
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            admin(f"DROP DATABASE IF EXISTS {DB}")
        header("reporting.py done")


if __name__ == "__main__":
    main()
