import csv
import io
import json

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from ikut.accounts.models import Role
from ikut.audit.models import AuditEntry
from ikut.participants.models import Consent
from ikut.reporting import esf, exports, privacy
from tests.helpers import make_user, sign_in

from . import dataset

pytestmark = pytest.mark.django_db
COLS = ["women", "men", "non_binary", "gender_not_recorded", "total"]


def raw(period):
    return esf.raw_figures(period.start, period.end)


def test_every_figure_of_the_hand_built_dataset():
    period, _ = dataset.build()
    cells = raw(period)["cells"]
    for key, expected in dataset.RAW.items():
        assert tuple(cells[key][c] for c in COLS) == expected, key
    for key, expected in dataset.COMPANIES.items():
        assert cells[key] == {"total": expected}, key


def test_eeco01_is_the_sum_of_the_exclusive_employment_rows_and_eeco02_unemployed_plus_long_term():
    period, _ = dataset.build()
    cells = raw(period)["cells"]
    for c in COLS:
        assert cells["EECO01"][c] == sum(cells[k][c] for k in (
            "unemployed_not_long_term", "EECO03", "EECO04", "EECO05", "employment_not_recorded"))
        assert cells["EECO02"][c] == cells["unemployed_not_long_term"][c] + cells["EECO03"][c]
    # every exclusive group adds up to its cohort's total, column by column
    for total, members in esf.relations(cells):
        key, column = total.split(":")
        assert cells[key][column] == sum(cells[m.split(":")[0]][m.split(":")[1]] for m in members), total


def test_not_recorded_is_never_counted_as_no():
    period, entrants = dataset.build()
    cells = raw(period)["cells"]
    # 7 leavers: employed yes 5, no 1, not recorded 1 (the old default would have said "no 2")
    assert (cells["EECR04"]["total"], cells["employed_on_leaving_no"]["total"],
            cells["employed_on_leaving_not_recorded"]["total"]) == (5, 1, 1)
    # special categories: "did not want to answer" is its own row, neither yes nor no nor not recorded
    assert (cells["EECO12"]["total"], cells["disability_no"]["total"], cells["disability_declined"]["total"],
            cells["disability_not_recorded"]["total"]) == (1, 13, 2, 5)
    entrants[20].disability = "no"
    entrants[20].save()
    assert raw(period)["cells"]["disability_not_recorded"]["total"] == 4


def test_one_grouped_query_per_cohort(django_assert_num_queries):
    period, _ = dataset.build(with_companies=False)
    with django_assert_num_queries(3):  # entered, left, six months — whatever the number of participants
        esf.participant_counts(period.start, period.end)
    with override_settings(IKUT_ESF_BASIS="consent"), django_assert_num_queries(4):  # + those not counted
        esf.participant_counts(period.start, period.end)


def test_legal_basis_setting():
    period, entrants = dataset.build(with_companies=False)
    dataset.add_without_consent(entrants[0].organisation)
    assert raw(period)["cells"]["EECO01"]["total"] == 24  # legal obligation: everyone
    with override_settings(IKUT_ESF_BASIS="consent"):
        figures = raw(period)
        assert figures["cells"]["EECO01"]["total"] == 21
        assert figures["not_counted"]["entered"] == 3
        woman = entrants[0]
        Consent.objects.filter(participant=woman).update(withdrawn_at="2026-11-01T00:00:00Z")
        figures = raw(period)
        assert figures["cells"]["EECO01"]["women"] == 11 and figures["not_counted"]["entered"] == 4


def test_published_figures_are_suppressed_and_protected():
    period, _ = dataset.build()
    published = esf.publish(period.start, period.end, raw(period))
    cells = published["cells"]
    assert cells["EECO01"]["total"]["d"] == "21" and cells["EECO01"]["men"]["d"] == "6"
    assert cells["EECO01"]["gender_not_recorded"]["d"] == "<5"
    assert cells["EECO12"]["total"]["d"] == "<5"
    assert cells["EECO19"]["total"]["d"] == "6" and cells["companies_large"]["total"]["d"] == "<5"
    # no suppressed cell can be worked out from the published relations
    raw_cells = raw(period)["cells"]
    values = esf.flat_values(raw_cells)
    states = {f"{k}:{c}": cells[k][c]["s"] for k in cells for c in cells[k]}
    assert privacy.exposed_cells(values, states, esf.relations(raw_cells)) == []
    # the published JSON never holds a suppressed value
    for columns in cells.values():
        for cell in columns.values():
            assert cell["s"] == privacy.SHOWN or cell["v"] is None


def test_esf_page_and_exports(client, django_assert_max_num_queries):
    period, _ = dataset.build()
    pm = make_user(Role.PROJECT_MANAGER)
    sign_in(client, pm)
    # session/user/device 3, period 1, data fingerprint ~15, figures 1 + companies 5, periods 1, audit 5
    with django_assert_max_num_queries(40):
        response = client.get(reverse("reporting:esf", args=[period.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    for indicator in esf.INDICATORS:
        assert indicator.code in html
    assert "rp-suppressed" in html and ">21<" in html
    before = AuditEntry.objects.filter(action="reporting.esf.export").count()
    response = client.get(reverse("reporting:esf_export", args=[period.pk, "csv"]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == exports.ESF_COLUMNS
    by_code = {r[5]: r for r in rows[1:] if r[5]}
    assert by_code["EECO01"][9:] == ["6", "<5", "<5", "21"]
    assert by_code["EECO19"][12] == "6"
    for fmt in ("xlsx", "pdf"):
        response = client.get(reverse("reporting:esf_export", args=[period.pk, fmt]))
        assert response.status_code == 200 and len(response.content) > 500
    assert AuditEntry.objects.filter(action="reporting.esf.export").count() == before + 3


def test_period_name_cannot_inject_a_formula():
    from openpyxl import load_workbook

    period, _ = dataset.build(with_companies=False)
    period.name = "=HYPERLINK(\"http://evil\",\"x\")"
    period.save()
    published = esf.publish(period.start, period.end, raw(period))
    text = exports.esf_csv(period, published).decode("utf-8-sig")
    assert "\n=HYPERLINK" not in text and "'=HYPERLINK" in text
    ws = load_workbook(io.BytesIO(exports.esf_xlsx(period, published)))["ESF+"]
    assert ws["A2"].value.startswith("'=")


# --- ikut esf-report -------------------------------------------------------------------------------------

def test_cli_json_schema_and_list(capsys):
    period, _ = dataset.build()
    call_command("esf_report", "--period", "2026 H1", "--format", "json")
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "ikut.esf-report/1"
    assert data["period"] == {"name": "2026 H1", "start": "2026-01-01", "end": "2026-06-30", "state": "draft"}
    rows = {r["key"]: r for r in data["rows"]}
    assert [r["code"] for r in data["rows"] if r["code"]] == [i.code for i in esf.INDICATORS]
    first = rows["EECO01"]
    assert (first["men"], first["total"], first["non_binary"], first["gender_not_recorded"]) == (6, 21, None, None)
    assert first["suppressed"] == {"women": True, "men": False, "non_binary": True, "gender_not_recorded": True,
                                   "total": False}
    assert rows["EECO12"]["total"] is None and rows["EECO12"]["suppressed"]["total"] is True
    assert set(first) >= {"code", "label", "women", "men", "non_binary", "total", "suppressed"}
    call_command("esf_report", "--list")
    assert capsys.readouterr().out.strip() == "2026 H1\t2026-01-01\t2026-06-30\tdraft"


def test_cli_unknown_period_exits_2_with_a_message(capsys):
    dataset.build(with_companies=False)
    with pytest.raises(SystemExit) as exit:
        call_command("esf_report", "--period", "2031 H1")
    assert exit.value.code == 2
    err = capsys.readouterr().err
    assert "no reporting period named '2031 H1'" in err and "2026 H1" in err


def test_cli_writes_csv_and_xlsx(tmp_path):
    from openpyxl import load_workbook

    dataset.build()
    out = tmp_path / "esf.xlsx"
    call_command("esf_report", "--period", "2026 H1", "--format", "xlsx", "--out", str(out))
    ws = load_workbook(out)["ESF+"]
    values = {r[5]: r for r in ws.iter_rows(min_row=2, values_only=True) if r[5]}
    assert values["EECO01"][12] == 21
    out = tmp_path / "esf.csv"
    call_command("esf_report", "--period", "2026 H1", "--out", str(out))
    assert "EECR05" in out.read_text(encoding="utf-8-sig")


def test_six_month_window_boundaries():
    import datetime

    D = datetime.date
    assert esf.six_month_window(D(2026, 1, 1), D(2026, 6, 30)) == (D(2025, 7, 1), D(2025, 12, 31))
    assert esf.six_month_window(D(2026, 3, 31), D(2026, 8, 31)) == (D(2025, 10, 1), D(2026, 2, 28))
    assert esf.six_month_window(D(2027, 2, 28), D(2027, 2, 28)) == (D(2026, 8, 28), D(2026, 8, 31))
    for start, end in [(D(2026, 1, 1), D(2026, 6, 30)), (D(2026, 3, 31), D(2026, 9, 30)),
                       (D(2027, 2, 28), D(2027, 3, 1))]:
        low, high = esf.six_month_window(start, end)
        day = D(2025, 1, 1)
        while day < D(2027, 12, 31):
            assert (low <= day <= high) == (start <= esf.add_months(day, 6) <= end), day
            day += datetime.timedelta(days=1)
