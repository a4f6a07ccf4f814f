"""HTCDS interchange: every column name and picklist value both exports write exists in the standard
(tests/data/htcds/field-standards-2.0.csv, CC BY 4.0 © IOM) or is a documented `ikut_` extension; the JSON
layout; round trip; a broken file changes nothing and names the row and field; consent; k-anonymity."""

import csv
import datetime
import io
import itertools
import json
import random
import time
from collections import Counter
from pathlib import Path

import pycountry
import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from ikut.accounts.models import ApiToken
from ikut.accounts.sessions import SUDO_KEY
from ikut.audit.models import AuditEntry
from ikut.casedata import actions, htcds, transfer
from ikut.casedata.models import CaseStatus, ExploitationType, ForcedLabourIndustry, MethodOfControl, TraffickingStatus
from ikut.core.actors import system
from ikut.participants.models import Consent, FieldChange, Note, Participant

from .conftest import give_transfer_consent, sign_in

SYSTEM = system("test")

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
STANDARD = ROOT / "tests" / "data" / "htcds" / "field-standards-2.0.csv"
MAPPING_DOC = ROOT / "docs" / "htcds.md"


def standard_fields():
    """{field name with prefix: set of picklist value names (empty for non-picklists)} from the standard."""
    assert STANDARD.is_file(), "the committed HTCDS extract is missing"
    fields = {}
    with STANDARD.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    name_col, type_col, values_col = (header.index("Field Name including Prefix"), header.index("Field Type"),
                                      header.index("Value Names (if picklist)"))
    for row in rows[1:]:
        row = row + [""] * (len(header) - len(row))
        name = row[name_col].strip()
        if not name or name == "N/A":
            continue
        picklist = "Picklist" in row[type_col]
        values = {v.strip() for v in row[values_col].splitlines() if v.strip()} if picklist else set()
        fields[name] = values
    assert len(fields) > 60 and "vic_TypeOfExploitation" in fields  # the file parsed as expected
    return fields


STD = standard_fields()
ISO_LISTS = {"prs_Citizenship": lambda v: pycountry.countries.get(alpha_2=v) is not None and len(v) == 2,
             "prs_PrimaryLanguage": lambda v: pycountry.languages.get(alpha_2=v) is not None}


def check_against_standard(columns, records):
    """Every column is a standard field or a documented ikut_ extension; every value of a standard picklist
    is one of the standard's value names."""
    doc = MAPPING_DOC.read_text(encoding="utf-8")
    for column in columns:
        if column.startswith("ikut_"):
            assert f"`{column}`" in doc, f"extension {column} is not documented in docs/htcds.md"
            continue
        assert column in STD, f"{column} is not an HTCDS v2.0 field"
    for record in records:
        for column, value in record.items():
            if column.startswith("ikut_") or value in ("", None):
                continue
            values = value if isinstance(value, list) else (value.split(";") if STD[column] or column in ISO_LISTS
                                                           else [value])
            if column in ISO_LISTS:
                assert all(ISO_LISTS[column](v) for v in values), (column, value)
            elif STD[column]:
                bad = [v for v in values if v not in STD[column]]
                assert not bad, f"{column}: {bad} not in the standard's picklist"


def test_every_value_the_exporter_can_write_is_in_the_standard():
    for column in htcds.COLUMNS:
        if column.name.startswith("ikut_"):
            continue
        assert column.name in STD
        if column.kind in ("pick", "multi"):
            assert set(column.allowed()) <= STD[column.name], column.name
    assert set(htcds.GENDER_OUT.values()) <= STD["prs_Gender"]


def _full_case(team, i=0, **status):
    p = team.p if i == 0 else Participant.objects.create(
        organisation=team.org, first_name=f"Case{i}", last_name="Test",
        date_of_birth=datetime.date(1980, 1, 1) + datetime.timedelta(days=i), nationality="Ukraine", gender="man",
        language="uk")
    data = {"permit_type": "victim_of_trafficking", "permit_valid_until": datetime.date(2027, 6, 30),
            "right_to_work": "restricted", "work_restriction": "=HYPERLINK(only the named employer)",
            "allowed_sectors": "cleaning;hospitality", "allowed_business_id": "1357913-8",
            "assistance_status": "accepted", "reflection_period_until": datetime.date(2027, 2, 1),
            "criminal_case": "prosecution", "claim_status": "claimed", "claim_amount": "4200.50",
            "recovered_amount": "100", "trafficking_status": "ActualVictimOfTrafficking",
            "exploitation_types": "ForcedLabour;Servitude",
            "forced_labour_industry": "F_Construction", "methods_of_control": "DebtBondage;WithholdsDocuments"}
    data.update(status)
    actions.save_status(team.caseworker, p, data)
    return p


def test_identifiable_export_layout_and_values(team, tmp_path):
    p = _full_case(team)
    Note.objects.create(participant=p, kind="psychosocial", body="PSY-SECRET-SESSION", author=team.psy)
    Note.objects.create(participant=p, kind="team", body="TEAM-NOTE-TEXT", author=team.caseworker)
    give_transfer_consent(p, team.ngo)
    out = tmp_path / "cases.json"
    call_command("htcds", "export", str(out), "--to", team.ngo.name, "--reason", "referral 12",
                 "--participant", p.code)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert set(doc) == {"schema", "cases"} and doc["schema"] == "ikut.htcds/1" and len(doc["cases"]) == 1
    case = doc["cases"][0]
    assert case["prs_FirstName"] == "Amara" and case["prs_Birthdate"] == "1990-05-17"
    assert case["prs_Citizenship"] == ["NG"] and case["prs_Gender"] == "Feminine"
    assert case["vic_TypeOfExploitation"] == ["ForcedLabour", "Servitude"]
    assert case["vic_MethodsOfControl"] == ["DebtBondage", "WithholdsDocuments"]
    assert case["cas_Status"] == "Active" and case["con_Consent"] is True
    assert "prs_HomePhone" not in case and "ikut_AgeBand" not in case  # no data / not in this export
    check_against_standard(case.keys(), doc["cases"])
    text = out.read_text(encoding="utf-8")
    assert "PSY-SECRET-SESSION" not in text and "TEAM-NOTE-TEXT" not in text and p.code not in text
    entry = AuditEntry.objects.get(action="casedata.htcds.export")
    assert entry.subject_id == p.code and entry.reason == "referral 12" and entry.details["to"] == team.ngo.pk
    # CSV: the same names as columns, a formula-looking text neutralised.
    csv_out = tmp_path / "cases.csv"
    call_command("htcds", "export", str(csv_out), "--to", str(team.ngo.pk), "--reason", "r")
    rows = list(csv.DictReader(io.StringIO(csv_out.read_text(encoding="utf-8"))))
    assert len(rows) == 1 and rows[0]["ikut_WorkRestriction"].startswith("'=")
    check_against_standard(rows[0].keys(), rows)


def test_every_picklist_value_round_trips_and_is_in_the_standard(team, tmp_path):
    """Cases covering every exploitation type, method of control, industry and trafficking status."""
    cases = []
    industries = list(ForcedLabourIndustry.values)
    for i, exploitation in enumerate(ExploitationType.values, start=1):
        p = _full_case(team, i, exploitation_types=exploitation,
                       methods_of_control=";".join(MethodOfControl.values[i % 3::3]),
                       forced_labour_industry=industries[i % len(industries)],
                       trafficking_status=TraffickingStatus.values[i % 3])
        give_transfer_consent(p, team.ngo)
        cases.append(p)
    for i, industry in enumerate(industries):
        p = _full_case(team, 100 + i, forced_labour_industry=industry)
        give_transfer_consent(p, team.ngo)
    content = transfer.export_identifiable(SYSTEM, Participant.objects.filter(consents__purpose="case_transfer")
                                           .order_by("code"), team.ngo, "json")
    records = json.loads(content)["cases"]
    written = {c: set() for c in ("vic_TypeOfExploitation", "vic_MethodsOfControl", "vic_ForcedLabourIndustry")}
    for r in records:
        for c in written:
            written[c] |= set(r[c] if isinstance(r[c], list) else [r[c]])
    assert written["vic_TypeOfExploitation"] == set(ExploitationType.values)
    assert written["vic_MethodsOfControl"] == set(MethodOfControl.values)
    assert written["vic_ForcedLabourIndustry"] == set(industries)
    check_against_standard({k for r in records for k in r}, records)
    rows, _left = htcds.deidentified_rows([(p, p.case_status) for p in
                                           Participant.objects.filter(case_status__isnull=False)], k=5)
    check_against_standard(htcds.DEIDENTIFIED, rows)


def _wipe():
    """An empty database for the participants' side (organisations and users stay)."""
    Consent.objects.all().delete()
    Participant.objects.all().delete()
    assert not CaseStatus.objects.exists()


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_round_trip_export_import_export_is_identical(team, tmp_path, fmt):
    p = _full_case(team)
    second = _full_case(team, 1, right_to_work="unrestricted", allowed_sectors="", allowed_business_id="",
                        work_restriction="")
    Participant.objects.filter(pk=second.pk).update(current_phase="follow_up")
    bare = Participant.objects.create(organisation=team.org, first_name="Bare", language="fi")
    for x in (p, second, bare):
        give_transfer_consent(x, team.ngo)
    first = tmp_path / f"first.{fmt}"
    call_command("htcds", "export", str(first), "--to", team.ngo.name, "--reason", "round trip")
    _wipe()
    call_command("htcds", "import", str(first), "--organisation", team.org.name, "--lead", team.caseworker.email)
    assert Participant.objects.count() == 3
    for x in Participant.objects.all():
        give_transfer_consent(x, team.ngo)
    again = tmp_path / f"again.{fmt}"
    call_command("htcds", "export", str(again), "--to", team.ngo.name, "--reason", "round trip")
    assert again.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    imported = next(x for x in Participant.objects.all() if x.first_name == "Amara")
    assert imported.assignments.get().user == team.caseworker
    assert imported.case_status.permit_valid_until == datetime.date(2027, 6, 30)


def test_import_updates_a_duplicate_after_the_duplicate_check(team, tmp_path):
    p = _full_case(team)
    give_transfer_consent(p, team.ngo)
    content = transfer.export_identifiable(SYSTEM, [p], team.ngo, "json")
    doc = json.loads(content)
    doc["cases"][0].update({"prs_FirstName": "Okafor-Test", "prs_SecondName": "Amara",  # swapped names
                            "ikut_CriminalCase": "judgment", "cas_Status": "Closed"})
    del doc["cases"][0]["prs_Email"], doc["cases"][0]["ikut_ClaimAmountEur"]
    result = transfer.import_document(SYSTEM, json.dumps(doc).encode(), "x.json", team.org)
    assert result == {"created": [], "updated": [p.code]}
    assert Participant.objects.count() == 1
    status = CaseStatus.objects.get(participant=p)
    assert status.criminal_case == "judgment" and status.claim_amount == "4200.50"  # absent: kept
    p.refresh_from_db()
    assert p.email == "amara@example.test" and p.status == "open"  # absent kept; the pathway status untouched
    assert FieldChange.objects.filter(participant=p, field="criminal_case").count() == 2
    entry = AuditEntry.objects.filter(action="casedata.status.update").latest("pk")  # the import's, saying so
    assert entry.details == {"fields": ["criminal_case"], "via": "htcds_import"} and entry.subject_id == p.code


BROKEN = [
    ("vic_TypeOfExploitation", ["ForcedLabour", "Slavery"], "unknown value 'Slavery'"),
    ("prs_Gender", "Female", "unknown value 'Female'"),
    ("prs_Birthdate", "17.05.1990", "expected a date"),
    ("prs_FavouriteColour", "blue", "unknown field"),
    ("prs_HomePhone", "123", "unknown field (IKUT does not import this field)"),
    ("ikut_AgeBand", "18_29", "unknown field"),
    ("prs_Citizenship", ["XX"], "unknown value"),
    ("ikut_ClaimAmountEur", "1e999", "amount out of range"),
    ("prs_FirstName", "x" * 5000, "longer than 1000"),
    ("con_Consent", False, "con_Consent true"),
]


@pytest.mark.parametrize("field,value,message", BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_file_changes_nothing_and_names_row_and_field(team, tmp_path, field, value, message):
    good = {"prs_FirstName": "Good", "prs_SecondName": "Row", "prs_Birthdate": "1991-01-01", "con_Consent": True,
            "vic_TypeOfExploitation": ["ForcedLabour"]}
    bad = {**good, "prs_FirstName": "Bad", field: value}
    path = tmp_path / "broken.json"
    path.write_text(json.dumps({"schema": "ikut.htcds/1", "cases": [good, bad]}), encoding="utf-8")
    before = (Participant.objects.count(), CaseStatus.objects.count(), FieldChange.objects.count(),
              AuditEntry.objects.count())
    with pytest.raises(CommandError) as exc:
        call_command("htcds", "import", str(path), "--organisation", team.org.name)
    assert f"broken.json, row 2, field {field}" in str(exc.value) and message in str(exc.value)
    assert "nothing was imported" in str(exc.value)
    assert (Participant.objects.count(), CaseStatus.objects.count(), FieldChange.objects.count(),
            AuditEntry.objects.count()) == before


def test_a_broken_csv_row_and_a_refused_duplicate_roll_back_everything(team, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text("prs_FirstName,prs_Birthdate,con_Consent,vic_ForcedLabourIndustry\n"
                    "Good,1990-01-01,true,F_Construction\nBad,1990-01-02,true,Z_Nothing\n", encoding="utf-8")
    with pytest.raises(htcds.ImportProblem) as exc:
        transfer.import_document(SYSTEM, path.read_bytes(), path.name, team.org)
    assert (exc.value.row, exc.value.field) == (2, "vic_ForcedLabourIndustry")
    # A later row that duplicates a record the importer may not change: the earlier rows are rolled back.
    path.write_text("prs_FirstName,prs_SecondName,prs_Birthdate,con_Consent\n"
                    "New,Person,1990-01-01,true\nAmara,Okafor-Test,1990-05-17,true\n", encoding="utf-8")
    with pytest.raises(htcds.ImportProblem) as exc:
        transfer.import_document(team.outsider, path.read_bytes(), path.name, team.other,
                                 may_update=lambda p: False)
    assert (exc.value.row, exc.value.field) == (2, "prs_FirstName") and "may not change" in str(exc.value)
    assert Participant.objects.count() == 1


@pytest.mark.parametrize("payload", [b"\xff\xfe", b"{" * 100000, b'{"schema": "other", "cases": []}',
                                     b'{"schema": "ikut.htcds/1", "cases": [1]}', b"a,a\n1,2\n"])
def test_malformed_documents_are_refused(team, payload):
    with pytest.raises(htcds.ImportProblem):
        transfer.import_document(SYSTEM, payload, "f", team.org)
    assert Participant.objects.count() == 1


def test_identifiable_export_needs_the_consent_naming_the_receiver(team, tmp_path):
    p = _full_case(team)
    out = tmp_path / "x.json"
    with pytest.raises(CommandError, match="No valid consent to transfer the case to Receiving NGO"):
        call_command("htcds", "export", str(out), "--to", team.ngo.name, "--reason", "r", "--participant", p.code)
    give_transfer_consent(p, team.other)  # consent for another organisation does not count
    share = Consent.objects.create(participant=p, purpose="share_with_partner", partner=team.ngo,
                                   text_version="1", text_language="en", how_given="signed")
    assert share.pk  # nor does a consent for another purpose
    with pytest.raises(CommandError):
        call_command("htcds", "export", str(out), "--to", team.ngo.name, "--reason", "r", "--participant", p.code)
    consent = give_transfer_consent(p, team.ngo)
    call_command("htcds", "export", str(out), "--to", team.ngo.name, "--reason", "r", "--participant", p.code)
    Consent.objects.filter(pk=consent.pk).update(withdrawn_at=datetime.datetime.now(datetime.UTC))
    out.unlink()
    with pytest.raises(CommandError):
        call_command("htcds", "export", str(out), "--to", team.ngo.name, "--reason", "r", "--participant", p.code)
    assert not out.exists()
    with pytest.raises(CommandError, match="reason"):
        call_command("htcds", "export", str(out), "--to", team.ngo.name, "--participant", p.code)


def test_transfer_page_needs_sudo_and_consent(team, client):
    p = _full_case(team)
    url = reverse("casedata:transfer", args=[p.code])
    sign_in(client, team.caseworker)
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(reverse("accounts:sudo"))
    session = client.session
    session[SUDO_KEY] = time.time() + 300
    session.save()
    page = client.get(url).content.decode()
    assert "No valid case-transfer consent is recorded" in page
    response = client.post(url, {"organisation": team.ngo.pk, "format": "json", "reason": "r"})
    assert response.status_code == 400 and not AuditEntry.objects.filter(action="casedata.htcds.export").exists()
    give_transfer_consent(p, team.ngo)
    response = client.post(url, {"organisation": team.ngo.pk, "format": "json", "reason": "referral"})
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    assert json.loads(response.content)["cases"][0]["prs_FirstName"] == "Amara"
    assert AuditEntry.objects.get(action="casedata.htcds.export").reason == "referral"
    for user in (team.psy, team.supervisor, team.outsider):  # not the ones who change the record
        client.logout()
        sign_in(client, user)
        session = client.session
        session[SUDO_KEY] = time.time() + 300
        session.save()
        assert client.post(url, {"organisation": team.ngo.pk, "format": "json", "reason": "r"}).status_code == 404


def test_api_export_import_and_deidentified(team, client):
    p = _full_case(team)
    give_transfer_consent(p, team.ngo)
    sign_in(client, team.caseworker)
    url = f"/api/htcds/cases?participants={p.code}&to={team.ngo.pk}"
    assert client.get(url).status_code == 428  # a browser session must re-authenticate
    _token, raw = ApiToken.issue(team.caseworker, "t")
    client.logout()
    auth = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    response = client.get(url, **auth)
    assert response.status_code == 200 and json.loads(response.content)["schema"] == "ikut.htcds/1"
    assert client.get(f"/api/htcds/cases?participants={p.code}&to={team.other.pk}", **auth).status_code == 403
    _t, outsider = ApiToken.issue(team.outsider, "t")
    assert client.get(url, HTTP_AUTHORIZATION=f"Bearer {outsider}").status_code == 404
    # Import: the caller's organisation, the caller leads the new record; a broken row names row and field.
    doc = {"schema": "ikut.htcds/1", "cases": [{"prs_FirstName": "Api", "prs_Birthdate": "1999-09-09",
                                                "con_Consent": True, "ikut_RightToWork": "none"}]}
    response = client.post("/api/htcds/cases", json.dumps(doc), content_type="application/json", **auth)
    assert response.status_code == 200 and len(response.json()["created"]) == 1
    created = Participant.objects.get(code=response.json()["created"][0])
    assert created.organisation == team.org and created.assignments.get().user == team.caseworker
    doc["cases"][0]["ikut_RightToWork"] = "sometimes"
    response = client.post("/api/htcds/cases", json.dumps(doc), content_type="application/json", **auth)
    assert response.status_code == 400 and response.json()["row"] == 1
    assert response.json()["field"] == "ikut_RightToWork"
    # The outsider may import, but may not change our record through a duplicate.
    same = {"schema": "ikut.htcds/1", "cases": [{"prs_FirstName": "Amara", "prs_SecondName": "Okafor-Test",
                                                 "prs_Birthdate": "1990-05-17", "con_Consent": True}]}
    response = client.post("/api/htcds/cases", json.dumps(same), content_type="application/json",
                           HTTP_AUTHORIZATION=f"Bearer {outsider}")
    assert response.status_code == 400 and "may not change" in response.json()["detail"]
    # De-identified: supervisors and project managers only.
    assert client.get("/api/htcds/deidentified", **auth).status_code == 404
    _t, sup = ApiToken.issue(team.supervisor, "t")
    response = client.get("/api/htcds/deidentified?k=5", HTTP_AUTHORIZATION=f"Bearer {sup}")
    assert response.status_code == 200 and response.content.decode().splitlines()[0].split(",") == htcds.DEIDENTIFIED
    assert client.get("/api/htcds/deidentified?k=4", HTTP_AUTHORIZATION=f"Bearer {sup}").status_code == 400


# --- k-anonymity ---------------------------------------------------------------------------------------------

COUNTRIES = ["Nigeria", "Thailand", "Ukraine", "Viet Nam", "Somalia", "Eritrea", "Brazil", "Fiji", "Mongolia",
             "Kazakhstan", "Moldova", "Uzbekistan", "Chile", "Iceland", "Niger", "Narnia"]


def _population(team, n, seed):
    rng = random.Random(seed)
    for i in range(n):
        p = Participant.objects.create(
            organisation=team.org, first_name=f"Secretname{i}", last_name=f"Secretsurname{i}",
            date_of_birth=datetime.date(1980 + rng.randrange(20), 1 + rng.randrange(12), 1 + rng.randrange(28)),
            # Common countries often, rare ones rarely: most rows keep their country, a few must not.
            nationality=rng.choice(COUNTRIES[:3] * 8 + COUNTRIES[3:]),
            gender=rng.choice(["woman", "man", "non_binary", "woman", "man"]),
            email=f"secret{i}@example.test", phone=f"+35840{i:07d}", language="en")
        CaseStatus.objects.create(
            participant=p, exploitation_types=rng.choice(["ForcedLabour"] * 5 + ["SexualExploitation",
                                                                               "ForcedLabour;Servitude"]),
            forced_labour_industry=rng.choice(["", "F_Construction", "A_AgricultureForestryAndFishing",
                                               "I_AccommodationAndFoodServiceActivities"]),
            work_restriction=f"SECRET-FREE-TEXT-{i}", trafficking_status="ActualVictimOfTrafficking")


@pytest.mark.parametrize("k", [5, 7])
@pytest.mark.parametrize("seed", [1, 2])
def test_k_anonymity_attacker_tries_every_quasi_identifier_combination(team, tmp_path, k, seed):
    _population(team, 240, seed)
    out = tmp_path / "deid.csv"
    call_command("htcds", "export", "--deidentified", str(out), "--k", str(k))
    text = out.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == htcds.DEIDENTIFIED and len(rows) > 150
    for secret in ("Secretname", "Secretsurname", "example.test", "+35840", "SECRET-FREE-TEXT", "Amara",
                   "IK-", "19"):
        assert secret not in text, secret  # no names, birth dates, contact data, codes or free text
    check_against_standard(rows[0].keys(), rows)
    qis = htcds.QUASI_IDENTIFIERS
    for size in range(1, len(qis) + 1):
        for combination in itertools.combinations(qis, size):
            groups = Counter(tuple(r[c] for c in combination) for r in rows)
            small = {g: n for g, n in groups.items() if n < k}
            assert not small, f"{combination}: groups smaller than {k}: {small}"
    # The common countries survive; the rare ones were generalised.
    kept = {r["prs_Citizenship"] for r in rows}
    assert kept & {"NG", "TH", "UA"} and "IS" not in kept and "" in kept
    assert AuditEntry.objects.get(action="casedata.htcds.export_deidentified").details["k"] == k


def test_k_below_five_is_refused_and_a_tiny_population_is_left_out(team, tmp_path):
    with pytest.raises(CommandError, match="at least 5"):
        call_command("htcds", "export", "--deidentified", str(tmp_path / "x.csv"), "--k", "4")
    _population(team, 3, 9)
    call_command("htcds", "export", "--deidentified", str(tmp_path / "x.csv"))
    assert (tmp_path / "x.csv").read_text(encoding="utf-8").strip().splitlines() == [",".join(htcds.DEIDENTIFIED)]


# --- Property: the importer never fails any other way than ImportProblem -----------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
                    st.lists(st.text(max_size=12), max_size=4), st.dictionaries(st.text(max_size=5), st.integers(),
                                                                               max_size=2))
_names = st.one_of(st.sampled_from([c.name for c in htcds.COLUMNS]), st.text(max_size=20))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=st.dictionaries(_names, _values, max_size=8))
def test_parse_case_accepts_or_names_the_problem(case):
    problem = None
    try:
        person, status = htcds.parse_case(case, "f.json", 1)
    except htcds.ImportProblem as exc:
        problem = exc
    if problem is not None:
        assert problem.filename == "f.json" and problem.row == 1
    else:
        assert case.get("con_Consent") is True and set(person) >= {"first_name", "status"}


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode()))
def test_read_document_accepts_or_names_the_problem(data):
    try:
        rows = htcds.read_document(data, "f")
    except htcds.ImportProblem:
        return
    for n, case in rows:
        assert isinstance(n, int) and isinstance(case, dict)


def test_the_case_transfer_consent_names_the_organisation(team, client):
    from django.db import IntegrityError, transaction

    from tests.helpers import published_consent_text

    text = published_consent_text(team.p.organisation, "case_transfer", "en")
    sign_in(client, team.caseworker)
    url = reverse("participants:consents", args=[team.p.code])
    data = {"text": text.pk, "how_given": "signed"}
    response = client.post(url, data)
    assert response.status_code == 400 and "partner" in response.context["form"].errors
    assert not Consent.objects.filter(purpose="case_transfer").exists()
    assert client.post(url, dict(data, partner=team.ngo.pk)).status_code == 302
    consent = Consent.objects.get(purpose="case_transfer")
    assert consent.partner == team.ngo and transfer.transfer_partners(team.p).get() == team.ngo
    with pytest.raises(IntegrityError), transaction.atomic():  # the database refuses one without a partner too
        Consent.objects.create(participant=team.p, purpose="case_transfer", text_version="1", text_language="en",
                               how_given="signed")
