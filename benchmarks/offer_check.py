"""Benchmark: the job-offer check in-process and through the server path, against baselines in the same run.

    PYTHONPATH=src python benchmarks/offer_check.py [--database sqlite|postgres] [--runs 300] [--rounds 3]

Creates a throw-away database (SQLite file, or bench_perf_offer_<pid> on BENCH_PG), migrates it (the shipped
rules, help contacts and minimum pay come with the migrations) and times, interleaved in rounds:
  json.loads   baseline: decoding the same offer document
  parse        offer_check.parse (validation into Decimals)
  check        offer_check.check(offer, "fi"): parse + evaluate + help list — what `ikut check-offer` runs
  check_json   offer_check.check_json(offer, "fi"): the same result as JSON text — what the API runs
  bare POST    baseline: POST of the same JSON to a bare Django view that echoes it (no middleware, a one-route
               URLconf, the same test client)
  API POST     POST /api/rights/check-offer?lang=fi through IKUT's whole middleware stack
Targets (issue 17): check ≤ 0.3 ms; API POST ≤ 2× bare POST. No timed assertions anywhere.
"""

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import bare_client, header, interleaved, throwaway_database, verdict  # noqa: E402

OFFER = json.dumps({
    "schema": "ikut.job-offer/1", "sector": "cleaning", "job_title": "cleaner",
    "employer": {"name": "Example Oy", "business_id": "1572860-0"},
    "contract": {"written": True, "understood": False, "type": "fixed_term", "fixed_term_months": 6,
                 "trial_period_months": 4},
    "pay": {"amount": 1600, "per": "month", "into_bank_account": False, "payslip": True, "withheld_or_late": False},
    "hours": {"per_day": 10, "days_per_week": 6, "overtime_paid": False, "rest_between_shifts_hours": 9.5},
    "costs": {"recruitment_fee_eur": 0, "debt_eur": 1200, "housing_eur_per_month": 600,
              "housing_deducted_from_pay": True},
    "housing": {"provided_by_employer": True, "must_live_there": True},
    "control": {"employer_keeps_id_documents": True, "employer_controls_bank_account": False,
                "phone_or_contacts_restricted": False, "free_to_leave_workplace_and_housing": True,
                "threats_or_violence": False, "job_differs_from_promise": False},
})


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    header(f"offer_check.py [{args.database}]")
    with throwaway_database(args.database, "offer"):
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings_test")
        # As in production (and load.py): the connection is kept between requests. Without it the test client's
        # request_finished signal closes it, and every API POST on PostgreSQL paid a new connection.
        os.environ["DATABASE_CONN_MAX_AGE"] = "60"
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command
        from django.db import connection
        from django.test import Client

        from ikut.rights import offer_check

        settings.ALLOWED_HOSTS = ["*"]
        call_command("migrate", verbosity=0)
        result = offer_check.check(OFFER, "fi")
        print(f"database {connection.vendor}; the offer raises {len(result['flags'])} flags "
              f"({result['recommendation']}), {len(result['help'])} help contacts")
        ikut, bare = Client(), bare_client()
        assert ikut.post("/api/rights/check-offer?lang=fi", OFFER, content_type="application/json").json() == result
        assert bare.post("/bare/echo/", OFFER, content_type="application/json").status_code == 200
        results = interleaved({
            "json.loads": lambda: json.loads(OFFER),
            "parse": lambda: offer_check.parse(OFFER),
            "check": lambda: offer_check.check(OFFER, "fi"),
            "check_json": lambda: offer_check.check_json(OFFER, "fi"),
            "bare POST": lambda: bare.post("/bare/echo/", OFFER, content_type="application/json"),
            "API POST": lambda: ikut.post("/api/rights/check-offer?lang=fi", OFFER, content_type="application/json"),
        }, args.runs, args.rounds)
        print(f"{args.rounds} rounds × {args.runs} calls; medians over rounds")
        print(f"  {'case':<11} {'median ms':>10} {'p95 ms':>8}  ratio")
        ratios = {"parse": "json.loads", "check": "json.loads", "check_json": "json.loads", "API POST": "bare POST"}
        for name, (median, p95) in results.items():
            base = ratios.get(name)
            ratio = f"{median / results[base][0]:6.1f}× {base}" if base else "(baseline)"
            print(f"  {name:<11} {median:10.3f} {p95:8.3f}  {ratio}")
        check, api, echo = results["check"][0], results["API POST"][0], results["bare POST"][0]
        print(f"  target check ≤ 0.3 ms: {verdict(check <= 0.3)} ({check:.3f} ms, {1000 / check:.0f} checks/s); "
              f"API POST ≤ 2× bare POST: {verdict(api <= 2 * echo)} ({api / echo:.2f}×)")
    header("offer_check.py done")


if __name__ == "__main__":
    main()
