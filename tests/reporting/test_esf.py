import csv
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from ikut.accounts.models import Role
from ikut.audit.models import AuditEntry
from ikut.participants.models import Consent
from ikut.reporting import esf, exports
from tests.helpers import make_user, sign_in

from . import dataset

pytestmark = pytest.mark.django_db


def displays(result):
    out = {}
    for table in result["tables"]:
        d = out.setdefault(table["cohort"], {"total": table["total"]["d"],
                                             "without_consent": table["without_consent"]["d"]})
        for group in table["groups"]:
            for row in group["rows"]:
                d[row["key"]] = row["cell"]["d"]
    return out


def test_raw_counts_match_the_hand_built_dataset():
    period, _ = dataset.build()
    raw = esf.raw_counts(period)
    for cohort, expected in dataset.RAW.items():
        for key, value in expected.items():
            assert raw[cohort][key] == value, (cohort, key)


def test_every_indicator_value_and_suppression_is_exactly_as_known():
    period, _ = dataset.build()
    got = displays(esf.indicators(period))
    assert got == dataset.EXPECTED


def test_two_aggregate_queries(django_assert_num_queries):
    period, _ = dataset.build()
    with django_assert_num_queries(2):
        esf.raw_counts(period)


def test_withdrawing_consent_removes_a_participant_at_once():
    period, entrants = dataset.build()
    woman = next(p for p in entrants if p.gender == "woman")
    Consent.objects.filter(participant=woman).update(withdrawn_at=timezone.now())
    raw = esf.raw_counts(period)
    assert raw["entered"]["total"] == 19
    assert raw["entered"]["gender_woman"] == 11
    assert raw["entered"]["without_consent"] == 4


def test_esf_exports_are_audited_and_laid_out(client):
    period, _ = dataset.build()
    pm = make_user(Role.PROJECT_MANAGER)
    sign_in(client, pm)
    before = AuditEntry.objects.filter(action="reporting.esf.export").count()
    response = client.get(reverse("reporting:esf_export", args=[period.pk, "csv"]))
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == exports.ESF_COLUMNS
    by_key = {(r[3], r[5]): r[8] for r in rows[1:]}
    assert by_key[("entered", "gender_woman")] == "12"
    assert by_key[("entered", "gender_non_binary")] == "<5"
    assert by_key[("entered", "employment_inactive")] == "×"
    assert by_key[("left", "total")] == "7"
    for fmt in ("xlsx", "pdf"):
        response = client.get(reverse("reporting:esf_export", args=[period.pk, fmt]))
        assert response.status_code == 200 and len(response.content) > 500
    entries = AuditEntry.objects.filter(action="reporting.esf.export").order_by("seq")
    assert entries.count() == before + 3
    assert [e.details["format"] for e in entries] == ["csv", "xlsx", "pdf"]
    assert all(e.actor_id == pm.pk for e in entries)


def test_xlsx_holds_numbers_and_marks():
    from openpyxl import load_workbook

    period, _ = dataset.build()
    wb = load_workbook(io.BytesIO(exports.esf_xlsx(esf.indicators(period))))
    ws = wb["ESF+"]
    values = {(r[3], r[5]): r[8] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert values[("entered", "total")] == 20
    assert values[("entered", "gender_non_binary")] == "<5"
    assert values[("six_months", "employed_6m_yes")] == 7


def test_period_name_cannot_inject_a_formula():
    from openpyxl import load_workbook

    period, _ = dataset.build()
    period.name = "=HYPERLINK(\"http://evil\",\"x\")"
    period.save()
    result = esf.indicators(period)
    text = exports.esf_csv(result).decode("utf-8-sig")
    assert "\n=HYPERLINK" not in text and ";=HYPERLINK" not in text
    assert "'=HYPERLINK" in text
    ws = load_workbook(io.BytesIO(exports.esf_xlsx(result)))["ESF+"]
    assert ws["A2"].value.startswith("'=")
    assert ws["A2"].data_type == "s"


def test_six_month_window_boundaries():
    import datetime

    D = datetime.date
    assert esf.six_month_window(D(2026, 1, 1), D(2026, 6, 30)) == (D(2025, 7, 1), D(2025, 12, 31))
    assert esf.six_month_window(D(2026, 3, 31), D(2026, 8, 31)) == (D(2025, 10, 1), D(2026, 2, 28))
    assert esf.six_month_window(D(2027, 2, 28), D(2027, 2, 28)) == (D(2026, 8, 28), D(2026, 8, 31))
    # brute force: a day is in the window exactly when its six-month point is in the period
    for start, end in [(D(2026, 1, 1), D(2026, 6, 30)), (D(2026, 3, 31), D(2026, 9, 30)), (D(2027, 2, 28), D(2027, 3, 1))]:
        low, high = esf.six_month_window(start, end)
        day = D(2025, 1, 1)
        while day < D(2027, 12, 31):
            assert (low <= day <= high) == (start <= esf.add_months(day, 6) <= end), day
            day += datetime.timedelta(days=1)

    assert esf.add_months(datetime.date(2026, 6, 30), -6) == datetime.date(2025, 12, 30)
    assert esf.add_months(datetime.date(2026, 3, 31), -1) == datetime.date(2026, 2, 28)
    assert esf.add_months(datetime.date(2026, 1, 15), -1) == datetime.date(2025, 12, 15)
