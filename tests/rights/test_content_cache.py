"""The job-offer check keeps the rules, minimum-pay rows and help contacts in memory per process, keyed by the
rights content version (ikut.core.versions): one query per check, and every staff edit is seen by the next
check — in this process and, through the stamp in the database, in every other one."""

import datetime
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from django.db import connection
from django.urls import reverse

from ikut.accounts.models import Role
from ikut.core import versions
from ikut.rights import offer_check
from ikut.rights.models import OfferRule
from tests.helpers import make_org, make_user, sign_in

NO_PAYSLIP = {"schema": "ikut.job-offer/1", "sector": "cleaning", "pay": {"payslip": False}}


def message(result, code):
    return next(f["message"] for f in result["flags"] if f["code"] == code)


@pytest.fixture
def admin(client):
    user = make_user(Role.ADMINISTRATOR, make_org())
    sign_in(client, user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return user


@pytest.mark.django_db
def test_a_check_reads_only_the_content_version(django_assert_num_queries):
    offer_check.check(NO_PAYSLIP, "fi")  # warm: this process reads the content once
    with django_assert_num_queries(1):
        result = offer_check.check(NO_PAYSLIP, "fi")
    assert [f["code"] for f in result["flags"]] == ["NO_PAYSLIP"] and result["help"]
    with django_assert_num_queries(1):
        offer_check.help_contacts("ar")


@pytest.mark.django_db
def test_a_staff_edit_of_a_rule_is_seen_by_the_next_check(client, admin):
    assert message(offer_check.check(NO_PAYSLIP, "en"), "NO_PAYSLIP") != "No payslip at all."
    rule = OfferRule.objects.get(code="NO_PAYSLIP")
    response = client.post(reverse("rights:rule_edit", args=[rule.pk]), {
        "ilo_indicator": rule.ilo_indicator, "message": "No payslip at all.", "advice": rule.advice,
        "verified_on": "2026-11-28", "source": rule.source,
        "legal_basis_text": "Employment Contracts Act | 55/2001 | ch. 2 s. 16"})
    assert response.status_code == 302
    result = client.post("/api/rights/check-offer?lang=en", NO_PAYSLIP, content_type="application/json").json()
    assert message(result, "NO_PAYSLIP") == "No payslip at all."
    assert result["flags"][0]["legal_basis"][0]["section"] == "ch. 2 s. 16"


@pytest.mark.django_db
def test_a_staff_edit_of_minimum_pay_is_seen_by_the_next_check(client, admin):
    offer = {"schema": "ikut.job-offer/1", "sector": "beauty", "pay": {"amount": 9, "per": "hour"}}
    before = offer_check.check(offer, "en")
    assert "PAY_BELOW_MINIMUM" not in [f["code"] for f in before["flags"]]
    response = client.post(reverse("rights:minimum_pay_add"), {
        "sector": "beauty", "agreement": "Kampaamoalan TES (test)", "lowest_pay_group": "1", "hourly_minimum": "11.50",
        "effective_from": datetime.date.today().isoformat(), "source": "https://example.org/tes",
        "checked_on": datetime.date.today().isoformat(), "note": ""})
    assert response.status_code == 302
    after = offer_check.check(offer, "en")
    assert [f["code"] for f in after["flags"]] == ["PAY_BELOW_MINIMUM"]
    assert after["minimum_pay"]["hourly_minimum"] == "11.50"


@pytest.mark.django_db
def test_a_help_contact_marked_checked_is_seen_by_the_next_page(client, admin):
    source = "https://www.nollalinja.fi/en/read-today"
    assert source not in client.get(reverse("portal:help", args=["en"])).content.decode()  # cached now
    response = client.post(reverse("rights:fact_check"), {"fact": "help:nollalinja", "source": source})
    assert response.status_code == 302
    html = client.get(reverse("portal:help", args=["en"])).content.decode()
    row = html[html.index("Nollalinja"):]
    assert source in row[:row.index("</li>")]


@pytest.mark.django_db
def test_a_cached_help_list_is_a_copy():
    first = offer_check.help_contacts("en")
    first[0]["name"] = "changed by a caller"
    assert offer_check.help_contacts("en")[0]["name"] != "changed by a caller"


@pytest.mark.django_db
def test_a_rolled_back_edit_never_reuses_a_stamp():
    """Stamps are random: after a rollback the table holds the older stamp, and the next edit gets a new one
    (a counter would hand out the same number again, for other content)."""
    from django.db import transaction

    before = versions.stamp("rights")
    stamps = []

    def bump_then_fail():
        with transaction.atomic():
            versions.bump("rights")
            stamps.append(versions.stamp("rights"))
            raise RuntimeError

    with pytest.raises(RuntimeError):
        bump_then_fail()
    seen = stamps[0]
    assert versions.stamp("rights") == before
    versions.bump("rights")
    assert versions.stamp("rights") not in (before, seen)


# ------------------------------------------------------------------ several processes
def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post_check(base):
    request = urllib.request.Request(base + "/api/rights/check-offer?lang=en", data=json.dumps(NO_PAYSLIP).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


@pytest.mark.servers
# transaction=True: the server processes must see committed rows. An earlier transactional test may have flushed
# the content the migrations shipped, so the test loads it itself (get_or_create: a no-op when it is there).
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql",
                    reason="several server processes share a PostgreSQL database (run with DATABASE_URL=postgres://…)")
def test_an_edit_is_seen_by_every_gunicorn_worker(tmp_path):
    """`ikut serve` with 3 workers, each with the rules in memory after a few checks; an edit committed by another
    process (this one) is in every following answer, whichever worker gives it."""
    from django.apps import apps

    from ikut.rights import loader

    loader.load_all(apps.get_model)
    s = connection.settings_dict
    env = {**os.environ, "IKUT_ENV": "test", "DJANGO_SETTINGS_MODULE": "ikut.settings", "IKUT_DATA_DIR": str(tmp_path),
           "DATABASE_URL": f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"}
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "ikut.cli", "serve", "--bind", f"127.0.0.1:{port}", "--workers",
                               "3", "--no-migrate"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                before = post_check(base)
                break
            except OSError:
                assert time.monotonic() < deadline, "ikut serve did not start"
                time.sleep(0.5)
        old = message(before, "NO_PAYSLIP")
        assert all(message(post_check(base), "NO_PAYSLIP") == old for _ in range(30))  # every worker has it cached
        rule = OfferRule.objects.get(code="NO_PAYSLIP")
        rule.message = "Edited in another process."
        rule.save()
        assert [message(post_check(base), "NO_PAYSLIP") for _ in range(30)] == ["Edited in another process."] * 30
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
