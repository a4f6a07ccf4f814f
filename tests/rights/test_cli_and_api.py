"""`ikut check-offer` and POST /api/rights/check-offer: exit codes / statuses for each bad-input class."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PASSPORT = {"schema": "ikut.job-offer/1", "sector": "cleaning", "control": {"employer_keeps_id_documents": True}}

BAD = [
    ("malformed", "{oops", "(document)"),
    ("other schema", json.dumps({"schema": "other/1", "sector": "cleaning"}), "schema"),
    ("unknown key", json.dumps({"schema": "ikut.job-offer/1", "sector": "cleaning", "extra": 1}), "extra"),
    ("wrong type", json.dumps({"schema": "ikut.job-offer/1", "sector": "cleaning", "hours": {"per_day": "8"}}),
     "hours.per_day"),
    ("negative", json.dumps({"schema": "ikut.job-offer/1", "sector": "cleaning", "costs": {"debt_eur": -5}}),
     "costs.debt_eur"),
    ("missing sector", json.dumps({"schema": "ikut.job-offer/1"}), "sector"),
]


def run_cli(tmp_path, text, *extra):
    path = tmp_path / "offer.json"
    path.write_text(text, encoding="utf-8")
    out, err = _Capture(), _Capture()
    code = 0
    try:
        call_command("check_offer", str(path), *extra, stdout=out, stderr=err)
    except SystemExit as exc:
        code = exc.code
    return code, out.text, err.text


class _Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def flush(self):
        pass


def test_cli_prints_result_and_exits_0_even_with_red_flags(tmp_path):
    code, out, _err = run_cli(tmp_path, json.dumps(PASSPORT))
    assert code == 0
    result = json.loads(out)
    assert result["schema"] == "ikut.offer-check/1"
    assert result["recommendation"] == "seek_advice"
    assert result["flags"][0]["code"] == "ID_DOCUMENTS_RETAINED"


def test_cli_language(tmp_path):
    _code, out, _err = run_cli(tmp_path, json.dumps(PASSPORT), "--lang", "fi")
    assert "passi" in json.loads(out)["flags"][0]["message"].lower()


@pytest.mark.parametrize("name,text,field", BAD, ids=[b[0] for b in BAD])
def test_cli_bad_input_exits_2_naming_the_field(tmp_path, name, text, field):
    code, out, err = run_cli(tmp_path, text)
    assert code == 2
    assert out == ""
    assert f"error: {field}" in err


def test_cli_unknown_language_and_missing_file(tmp_path):
    code, _out, err = run_cli(tmp_path, json.dumps(PASSPORT), "--lang", "xx")
    assert code == 2 and "--lang" in err
    err_capture = _Capture()
    with pytest.raises(SystemExit) as excinfo:
        call_command("check_offer", str(tmp_path / "nope.json"), stderr=err_capture)
    assert excinfo.value.code == 2 and "OFFER" in err_capture.text


def test_cli_as_a_real_process_reads_stdin(tmp_path):
    """The console script end to end: exit codes as documented."""
    env = {"IKUT_ENV": "development", "IKUT_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    ikut = str(Path(sys.executable).parent / "ikut")
    subprocess.run([ikut, "migrate", "-v0"], env=env, check=True, capture_output=True, timeout=300)
    ok = subprocess.run([ikut, "check-offer", "-"], input=json.dumps(PASSPORT).encode(), env=env,
                        capture_output=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["flags"][0]["code"] == "ID_DOCUMENTS_RETAINED"
    bad = subprocess.run([ikut, "check-offer", "-"], input=b'{"schema": "ikut.job-offer/1", "sector": 3}', env=env,
                         capture_output=True, timeout=120)
    assert bad.returncode == 2 and b"sector" in bad.stderr


# ------------------------------------------------------------------ API
URL = "/api/rights/check-offer"


def test_api_is_anonymous_and_sets_no_cookie(client):
    response = client.post(URL, json.dumps(PASSPORT), content_type="application/json")
    assert response.status_code == 200
    assert response.json()["flags"][0]["code"] == "ID_DOCUMENTS_RETAINED"
    assert not response.cookies


def test_api_language(client):
    response = client.post(URL + "?lang=sv", json.dumps(PASSPORT), content_type="application/json")
    assert "pass" in response.json()["flags"][0]["message"].lower()
    assert client.post(URL + "?lang=xx", json.dumps(PASSPORT), content_type="application/json").status_code == 400


@pytest.mark.parametrize("name,text,field", BAD, ids=[b[0] for b in BAD])
def test_api_bad_input_is_400_naming_the_field(client, name, text, field):
    response = client.post(URL, text, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["field"] == field
    assert response.json()["detail"].startswith(field)


def test_api_same_result_as_cli(client, tmp_path):
    doc = {"schema": "ikut.job-offer/1", "sector": "hospitality", "pay": {"amount": 1200, "per": "month"},
           "hours": {"per_day": 10, "days_per_week": 6, "rest_between_shifts_hours": 10}}
    _code, out, _err = run_cli(tmp_path, json.dumps(doc))
    assert client.post(URL, json.dumps(doc), content_type="application/json").json() == json.loads(out)


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.rights.test_offer_check import json_values, near_valid  # noqa: E402


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=near_valid | json_values, raw=st.none() | st.binary(max_size=80))
def test_api_never_errors_on_any_body(client, doc, raw):
    body = raw if raw is not None else json.dumps(doc)
    response = client.post(URL, body, content_type="application/json")
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert response.json()["field"]
    else:
        assert response.json()["schema"] == "ikut.offer-check/1"
