"""Numbers and documents from outside are bounded before any work (ikut.core.numbers, API body limits)."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikut.accounts.models import Role
from ikut.core.middleware import json_depth
from ikut.core.numbers import NumberError, parse_id, parse_number
from tests.helpers import make_user, sign_in


@pytest.mark.parametrize("raw", ["1e1000000", "1E+999999999", "9" * 41, "1" + "0" * 20, "nan", "-inf", "0x1f",
                                 "1e-1000", "12..5", "", " ", "²", float("inf"), 10**400, True, None])
def test_parse_number_refuses_without_building_huge_values(raw):
    with pytest.raises(NumberError):
        parse_number(raw, minimum=0, maximum=10**9)


@pytest.mark.parametrize("raw,expected", [("12", 12), ("12,50", 12.5), ("1 200", 1200), ("1.5e3", 1500),
                                          (" 7.5 ", 7.5), (42, 42), (0.25, 0.25), ("1\u00a0000", 1000), ("١٢", 12)])
def test_parse_number_reads_ordinary_input(raw, expected):
    assert parse_number(raw, minimum=0, maximum=10**9) == expected


def test_parse_number_ranges_and_whole_numbers():
    assert parse_number("3", whole=True) == 3 and isinstance(parse_number("3", whole=True), int)
    with pytest.raises(NumberError):
        parse_number("3.5", whole=True)
    with pytest.raises(NumberError):
        parse_number("25", maximum=24)
    with pytest.raises(NumberError):
        parse_number("-1", minimum=0)


@given(st.text(max_size=60))
def test_parse_number_never_fails_otherwise(text):
    try:
        value = parse_number(text, minimum=-(10**12), maximum=10**12)
    except NumberError:
        return
    assert abs(value) <= 10**12


def test_parse_id():
    assert parse_id("42") == 42
    for raw in ["", "0", "-1", "²", "٣", "1e3", str(2**63), "9" * 400, None, "4 2"]:
        assert parse_id(raw) is None, raw


def test_json_depth_skips_strings():
    assert json_depth(b'{"a": [1, {"b": "[[[[{{{{"}]}') == 3
    assert json_depth(b'"\\"[[["') == 0
    assert json_depth(b"[" * 5000) == 5000


@pytest.fixture
def api_client(client, org):
    sign_in(client, make_user(Role.CASEWORKER, org))
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["offset=2**63", f"offset={2**63}", "offset=1e1000000", "offset=-1",
                                   "limit=0", "limit=100000", "limit=" + "9" * 5000, "offset=abc"])
def test_api_list_refuses_out_of_range_offsets(api_client, query):
    response = api_client.get(f"/api/participants/?{query}")
    assert response.status_code == 422
    name = query.split("=")[0]
    assert name in json.dumps(response.json())


@pytest.mark.django_db
def test_api_list_accepts_ordinary_offsets(api_client):
    assert api_client.get("/api/participants/?offset=0&limit=10").status_code == 200
    assert api_client.get("/api/participants/?offset=1000000").json()["items"] == []


@pytest.mark.django_db
def test_deeply_nested_json_is_refused_before_parsing(api_client):
    body = "[" * 100_000 + "]" * 100_000
    response = api_client.post("/api/skills/match", body, content_type="application/json")
    assert response.status_code == 400
    assert "nested deeper than" in response.json()["detail"]


@pytest.mark.django_db
def test_oversized_api_body_is_refused(api_client, settings):
    settings.IKUT_API_MAX_BODY_BYTES = 1000
    body = json.dumps({"schema": "ikut.skills-profile/1", "skills": ["x" * 2000]})
    response = api_client.post("/api/skills/match", body, content_type="application/json")
    assert response.status_code == 400 and "larger than 1000 bytes" in response.json()["detail"]


@pytest.mark.django_db
def test_command_line_numbers_and_json_are_bounded(tmp_path, capsys):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps({"schema": "ikut.skills-profile/1", "skills": []}))
    with pytest.raises(CommandError, match="limit"):
        call_command("match", str(profile), "--limit", "1e1000000")
    profile.write_text("[" * 50_000 + "]" * 50_000)
    with pytest.raises(SystemExit) as exited:
        call_command("match", str(profile))
    assert exited.value.code == 2 and "nested deeper" in capsys.readouterr().err


@pytest.mark.django_db
@pytest.mark.parametrize("raw", [str(2**63), "9" * 30, "-1", "0"])
def test_api_record_ids_out_of_range_are_not_server_errors(api_client, raw):
    for url in (f"/api/employers/offers/{raw}", f"/api/employers/introductions/{raw}"):
        assert api_client.get(url).status_code in (404, 422), url


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["1e1000000", str(2**63), "9" * 5000, "-1", "NaN", "²"])
def test_page_numbers_from_the_query_string_are_not_server_errors(api_client, page):
    assert api_client.get("/participants/", {"page": page}).status_code == 200
