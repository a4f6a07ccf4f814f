"""Job-offer check throughput: parse + evaluate of a realistic offer, against a baseline measured in the
same run (json.loads of the same document, and one trivial ORM query). Prints medians of several runs.

    IKUT_ENV=development IKUT_DATA_DIR=/tmp/bench-data .venv/bin/ikut migrate -v0
    IKUT_ENV=development IKUT_DATA_DIR=/tmp/bench-data .venv/bin/python benchmarks/offer_check.py
"""

import json
import os
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings")

import django  # noqa: E402

django.setup()

from ikut.rights import offer_check  # noqa: E402
from ikut.rights.models import HelpContact  # noqa: E402

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
N, RUNS = 300, 5


def per_call(fn):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        for _ in range(N):
            fn()
        times.append((time.perf_counter() - start) / N)
    return statistics.median(times)


def main():
    baseline_json = per_call(lambda: json.loads(OFFER))
    baseline_query = per_call(lambda: list(HelpContact.objects.all()))
    parse_only = per_call(lambda: offer_check.parse(OFFER))
    full = per_call(lambda: offer_check.check(OFFER, "fi"))
    print(f"json.loads baseline      {baseline_json * 1e6:9.1f} µs")
    print(f"one ORM query baseline   {baseline_query * 1e6:9.1f} µs")
    print(f"parse + validate         {parse_only * 1e6:9.1f} µs  ({parse_only / baseline_json:.1f}× json.loads)")
    print(f"parse + evaluate (fi)    {full * 1e6:9.1f} µs  ({full / baseline_query:.1f}× one query; "
          f"{1 / full:.0f} checks/s)")


if __name__ == "__main__":
    main()
