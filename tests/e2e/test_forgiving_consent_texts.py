"""Browser: consent texts (issue 16, item 4). The DPO adds IKUT's starting texts as drafts and publishes one
after the confirmation; a work coach records a consent choosing that text from the list, opens the exact
version it was given on, prints the text for the participant (whose language has no text, so the page says
which language is used instead) and downloads it as a PDF."""

import datetime

import pytest

from ikut.accounts.models import Organisation, Role
from ikut.participants.models import Assignment, Consent, ConsentText, Participant
from tests.e2e.conftest import axe_violations, login, screenshot
from tests.helpers import PASSWORD, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PARTICIPATION = "participation_and_data_processing"


@pytest.fixture
def people():
    org = make_org("Auttamisjärjestelmä (e2e)", Organisation.Kind.ASSISTANCE_SYSTEM)
    dpo = make_user(Role.DPO, org, email="pekka@e2e.example")
    coach = make_user(Role.CASEWORKER, org, email="aino@e2e.example")
    p = Participant.objects.create(organisation=org, first_name="Nok", last_name="S",
                                   date_of_birth=datetime.date(1988, 9, 21), language="th")
    Assignment.objects.create(participant=p, user=coach, role=Assignment.CaseRole.LEAD)
    return {"dpo": dpo, "coach": coach, "p": p}


def click(page, selector):
    with page.expect_navigation():
        page.click(selector)


def sign_out(page):
    click(page, ".user-box form button[type=submit]")


def test_publish_a_text_record_a_consent_on_it_and_print_it(page, people):
    dpo, coach, p = people["dpo"], people["coach"], people["p"]
    login(page, dpo.email, PASSWORD, totp_user=dpo)
    page.wait_for_url("**/home/")
    click(page, "nav a[href='/participants/consent-texts/']")  # the DPO's navigation has the consent texts
    click(page, "main form[action$='/consent-texts/load/'] button[type=submit]")
    assert ConsentText.objects.filter(organisation=p.organisation, state="draft").count() == 18
    assert axe_violations(page) == []
    text = ConsentText.objects.get(purpose=PARTICIPATION, language="fi")
    click(page, f"main a[href='/participants/consent-texts/{text.pk}/']")
    assert "Osallistuminen työelämäpolulle" in page.locator("main").inner_text()
    click(page, f"main a[href='/participants/consent-texts/{text.pk}/publish/']")
    text.refresh_from_db()
    assert text.is_draft  # the confirmation page changes nothing
    assert axe_violations(page) == []
    click(page, "main form button[type=submit]")
    text.refresh_from_db()
    assert text.state == "published" and text.published_by == dpo
    sign_out(page)

    login(page, coach.email, PASSWORD, totp_user=coach)
    page.wait_for_url("**/home/")
    page.goto(f"/participants/{p.code}/consents/")
    options = page.locator("#id_text option").all_inner_texts()
    assert len(options) == 2 and "suomi · v1 · Osallistuminen työelämäpolulle ja tietojeni käsittely" in options[1]
    page.select_option("#id_text", str(text.pk))
    page.select_option("#id_how_given", "oral_with_interpreter")
    page.select_option("#id_interpreter_language", "th")
    assert axe_violations(page) == []
    click(page, "main form button[type=submit]")
    consent = Consent.objects.get(participant=p)
    assert (consent.text, consent.purpose, consent.text_version, consent.text_language) == (
        text, PARTICIPATION, "v1", "fi")

    # the exact version the consent was given on
    click(page, f"main a[href='/participants/{p.code}/consents/{consent.pk}/text/']")
    article = page.locator("article.consent-text")
    assert article.get_attribute("lang") == "fi" and "Osallistuminen" in article.inner_text()

    # printing for the participant: no Thai text is published, so the Finnish one is used and the page says so
    page.goto(f"/participants/{p.code}/consents/")
    click(page, f"main a[href='/participants/{p.code}/consents/print/{PARTICIPATION}/']")
    assert page.locator("article.consent-text .fallback").is_visible()
    assert "thai" in page.locator("article.consent-text .fallback").inner_text().lower()
    assert axe_violations(page) == []
    screenshot(page, "consent-print-1280")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible() and page.locator("article.consent-text").is_visible()
    page.emulate_media(media="screen")
    page.set_viewport_size({"width": 360, "height": 740})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "consent-print-360")
    page.set_viewport_size({"width": 1280, "height": 900})
    with page.expect_download() as download:
        page.click("main a[href='?format=pdf']")
    with open(download.value.path(), "rb") as fh:
        assert fh.read(5) == b"%PDF-"
