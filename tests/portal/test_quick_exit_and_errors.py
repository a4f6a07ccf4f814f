"""Quick exit goes to a neutral page outside /portal/ in the visitor's language (or a configured site);
mistyped portal addresses and server errors are portal pages in the visitor's language with the exit
button and no link to staff pages; without JavaScript the page says how to leave safely."""

import re

import pytest
from django.test import override_settings

from ikut.portal import texts

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lang", ["ar", "fi", "zh-hans", "ti"])
def test_neutral_page_is_outside_the_portal_in_the_visitors_language(client, lang):
    html = client.get(f"/portal/{lang}/").content.decode()
    assert f'data-exit="/weather/{lang}/"' in html and f'href="/weather/{lang}/"' in html
    response = client.get(f"/weather/{lang}/")
    page = response.content.decode()
    assert response.status_code == 200 and not response.cookies
    assert texts.TEXTS[lang]["weather.title"] in page and f'lang="{lang}"' in page
    assert "/portal/" not in page and "<script" not in page and "portal.css" not in page
    assert "Weather" not in page


def test_neutral_page_for_an_unknown_language_is_english_not_an_error(client):
    page = client.get("/weather/xx/").content.decode()
    assert "<h1>Weather</h1>" in page


@override_settings(IKUT_QUICK_EXIT_URL="https://weather.example/{lang}/")
def test_quick_exit_url_is_configurable_and_may_be_outside(client):
    html = client.get("/portal/so/help/").content.decode()
    assert 'data-exit="https://weather.example/so/"' in html


@pytest.mark.parametrize("path,lang,accept", [
    ("/portal/ar/rigths/", "ar", ""),  # mistyped page: language from the path
    ("/portal/ar/rights/no-such-topic/", "ar", ""),
    ("/portal/xx/", "fa", "fa-IR,fa;q=0.9"),  # mistyped language: the browser's language
    ("/portal/xx/", "zh-hans", "zh-CN"),
    ("/portal/nope/", "en", "de-DE"),  # nothing matches: English
])
def test_mistyped_portal_address_is_a_portal_404(client, path, lang, accept):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=accept)
    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{lang}"' in html
    assert "data-quick-exit" in html and f'data-exit="/weather/{lang}/"' in html
    assert (texts.TEXTS.get(lang, {}).get("404.title") or texts.EN["404.title"]) in html
    links = re.findall(r'href="([^"]*)"', html)
    assert links and all(link.startswith(("/portal/", "/static/", "/weather/", "#")) for link in links), links
    assert not response.cookies


def test_staff_404_stays_the_staff_page(client):
    html = client.get("/participants/no-such-page/").content.decode()
    assert "data-quick-exit" not in html


def test_portal_server_error_is_a_portal_page(rf):
    from ikut.core.views import error_500

    response = error_500(rf.get("/portal/uk/check/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="uk"' in html and texts.TEXTS["uk"]["500.title"] in html and "data-quick-exit" in html
    links = re.findall(r'href="([^"]*)"', html)
    assert all(link.startswith(("/portal/", "/static/", "/weather/", "#")) for link in links), links


def test_without_javascript_the_page_says_how_to_leave(client):
    html = client.get("/portal/ru/").content.decode()
    assert "<noscript>" in html and texts.TEXTS["ru"]["nojs.exit"] in html


def test_portal_texts_exist_in_every_portal_language():
    from django.conf import settings

    for lang in settings.PORTAL_LANGUAGES:
        if lang != "en":
            assert set(texts.TEXTS.get(lang, {})) == set(texts.EN), lang


def test_unanswered_red_level_questions_become_ask_about_lines(client):
    from ikut.rights.offer_texts import TEXTS

    html = client.post("/portal/en/check/", {"sector": "cleaning", "control.employer_keeps_id_documents": "no",
                                              "pay.part_returned_to_employer": "unknown"}).content.decode()
    asks = re.findall(r'<li class="ask" data-ask>(.*?)</li>', html, re.S)
    assert "What to ask before you accept" in html
    assert not any("keep your passport" in a for a in asks)  # answered "no": not asked again
    assert any("give part of your pay back" in a for a in asks)  # "I don't know" → ask about it
    assert any("held back or paid late" in a for a in asks)
    assert not any("threatened" in a for a in asks)  # about the worker's own experience, not a question to ask
    everything = {"sector": "cleaning", "control.employer_keeps_id_documents": "no",
                  "control.employer_controls_bank_account": "no", "control.phone_or_contacts_restricted": "no",
                  "control.free_to_leave_workplace_and_housing": "yes", "costs.recruitment_fee_eur": "0",
                  "costs.debt_eur": "0", "pay.amount": "2500", "pay.per": "month", "pay.withheld_or_late": "no",
                  "pay.part_returned_to_employer": "no", "hours.per_day": "8", "hours.days_per_week": "5",
                  "hours.overtime_paid": "yes", "hours.rest_between_shifts_hours": "12",
                  "contract.trial_period_months": "3"}
    assert "data-ask" not in client.post("/portal/en/check/", everything).content.decode()
    arabic = client.post("/portal/ar/check/", {"sector": "cleaning"}).content.decode()
    assert TEXTS["ar"]["ask.title"] in arabic and TEXTS["ar"]["q.pay.part_returned_to_employer"] in arabic
