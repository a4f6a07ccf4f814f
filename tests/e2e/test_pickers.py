"""Browser: the searchable pickers (issue 16, item 5) — nationality and languages on the participant record,
skills and certificates on the offer form. Filter, pick (mouse and keyboard), remove, submit; axe clean; and
the same forms without JavaScript (plain checkboxes)."""

import datetime

import pytest

from ikut.accounts.models import Organisation, Role
from ikut.employers.models import Company, Offer
from ikut.participants.models import Assignment, Participant
from ikut.skills.models import Certificate, Skill
from tests.e2e.conftest import axe_violations, login, screenshot
from tests.helpers import PASSWORD, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def record():
    org = make_org("Assistance (e2e)", Organisation.Kind.ASSISTANCE_SYSTEM)
    coach = make_user(Role.CASEWORKER, org, email="coach@e2e.example")
    p = Participant.objects.create(organisation=org, first_name="Amina", last_name="W",
                                   date_of_birth=datetime.date(2004, 3, 14), language="so",
                                   nationality="Somalia", languages_spoken="Somali, some Swedish")
    Assignment.objects.create(participant=p, user=coach, role=Assignment.CaseRole.LEAD)
    return {"coach": coach, "p": p}


def click(page, selector):
    with page.expect_navigation():
        page.click(selector)


def visible_values(page, name):
    return page.eval_on_selector_all(
        f"input[name={name}]", "boxes => boxes.filter(b => b.offsetParent !== null).map(b => b.value)")


def test_nationality_and_language_pickers_filter_pick_and_submit(page, record):
    coach, p = record["coach"], record["p"]
    login(page, coach.email, PASSWORD, totp_user=coach)
    page.wait_for_url("**/home/")
    page.goto(f"/participants/{p.code}/edit/")  # the browser is Finnish (fi-FI): names in Finnish
    # what was typed before the pickers is already ticked (Somalia, somali) or kept as words
    assert page.locator("#id_nationality input[value=SO]").is_checked()
    assert page.input_value("#id_languages_spoken_other") == "some Swedish"
    chosen = page.locator("#id_nationality_group .picker-chosen button")
    assert chosen.all_inner_texts() == ["Somalia ×"]

    page.fill("#id_nationality-filter", "ruot")
    assert visible_values(page, "nationality") == ["SE"]
    assert page.locator("#id_nationality_group .picker-count").inner_text().startswith("1 ")  # 1 chosen · 1 shown
    page.check("#id_nationality input[value=SE]")
    assert chosen.all_inner_texts() == ["Ruotsi ×", "Somalia ×"]  # in the list's order
    # remove a choice with its button; the box is unticked even while the filter hides it
    page.fill("#id_nationality-filter", "")
    page.click("#id_nationality_group .picker-chosen button[aria-label$='Somalia']")
    assert not page.locator("#id_nationality input[value=SO]").is_checked()

    # keyboard: Enter with exactly one match ticks it and does not submit the form; Arrow Down moves to a match
    page.fill("#id_languages_spoken-filter", "tigri")
    page.press("#id_languages_spoken-filter", "Enter")
    assert page.url.endswith("/edit/")
    assert page.locator("#id_languages_spoken input[value=ti]").is_checked()
    page.fill("#id_languages_spoken-filter", "arabia")
    page.press("#id_languages_spoken-filter", "ArrowDown")
    focused = page.evaluate("document.activeElement.name + ':' + document.activeElement.value")
    assert focused == "languages_spoken:ar"
    page.keyboard.press("Space")
    assert page.locator("#id_languages_spoken input[value=ar]").is_checked()
    page.fill("#id_languages_spoken-filter", "zzzz")
    assert page.locator("#id_languages_spoken_group .picker-none").is_visible()
    page.fill("#id_languages_spoken-filter", "")

    assert axe_violations(page) == []
    screenshot(page, "picker-nationality-1280")
    page.set_viewport_size({"width": 360, "height": 740})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "picker-nationality-360")
    page.set_viewport_size({"width": 1280, "height": 900})

    click(page, "main form button[type=submit]")
    p = Participant.objects.get(pk=p.pk)
    assert p.nationality == "SE"
    assert p.languages_spoken == "ar, so, ti, some Swedish"  # in the list's (Finnish alphabetical) order
    page.goto(f"/participants/{p.code}/?identity=1")
    text = page.locator("main").inner_text()
    assert "Ruotsi" in text and "tigrinya (ትግርኛ)" in text and "some Swedish" in text


def test_without_javascript_the_pickers_are_plain_checkboxes(browser, live_server, record):
    coach, p = record["coach"], record["p"]
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        login(page, coach.email, PASSWORD, totp_user=coach)
        page.wait_for_url("**/home/")
        page.goto(f"/participants/{p.code}/edit/")
        assert page.locator("#id_nationality-filter").count() == 0  # no filter box without JavaScript
        page.check("#id_nationality input[value=ER]")
        page.uncheck("#id_nationality input[value=SO]")
        page.fill("#id_nationality_other", "not known")
        click(page, "main form button[type=submit]")
        assert Participant.objects.get(pk=p.pk).nationality == "ER, not known"
    finally:
        context.close()


@pytest.fixture
def company():
    org = make_org("Siisti Oy (e2e)", Organisation.Kind.COMPANY)
    company = Company.objects.create(organisation=org, business_id="7654321-2", sector="cleaning",
                                     locations="Helsinki")
    employer = make_user(Role.EMPLOYER, org, email="sanna@e2e.example")
    skills = [Skill.objects.create(uri=f"http://data.europa.eu/esco/skill/e2e-{key}",
                                   labels={"en": {"preferred": en}, "fi": {"preferred": fi}})
              for key, en, fi in [("veg", "prepare vegetables", "valmistaa vihanneksia"),
                                  ("floor", "clean floors", "siivota lattioita"),
                                  ("dish", "wash dishes", "tiskata astioita")]
              + [(f"x{i}", f"other skill {i}", f"muu taito {i}") for i in range(40)]]
    card = Certificate.objects.create(code="hygiene_passport_e2e", kind="card",
                                      labels={"en": {"preferred": "Hygiene passport"},
                                              "fi": {"preferred": "Hygieniapassi"}})
    return {"company": company, "employer": employer, "skills": skills, "card": card}


def test_offer_form_skill_and_certificate_pickers(page, company):
    from tests.e2e.test_employers_flow import fill_offer

    employer, veg, floor = company["employer"], company["skills"][0], company["skills"][1]
    login(page, employer.email, PASSWORD, totp_user=employer)
    page.wait_for_url("**/home/")
    page.goto(f"/employers/companies/{company['company'].pk}/offers/new/")
    fill_offer(page, "Kitchen help", "worker")
    page.fill("#id_required_skills-filter", "vihann")
    assert visible_values(page, "required_skills") == [str(veg.pk)]
    page.check(f"#id_required_skills input[value='{veg.pk}']")
    page.fill("#id_optional_skills-filter", "lattio")
    page.press("#id_optional_skills-filter", "Enter")
    page.fill("#id_required_certificates-filter", "hygien")
    page.press("#id_required_certificates-filter", "Enter")
    assert page.locator("#id_required_skills_group .picker-chosen button").all_inner_texts() == [
        "valmistaa vihanneksia ×"]
    assert axe_violations(page) == []
    screenshot(page, "picker-offer-skills")
    # submitted from the keyboard (after a full-page screenshot a mouse click may land off the button)
    page.focus("main form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    offer = Offer.objects.get(title="Kitchen help")
    assert set(offer.skill_links.values_list("skill_id", "required")) == {(veg.pk, True), (floor.pk, False)}
    assert list(offer.certificate_links.values_list("certificate_id", "required")) == [(company["card"].pk, True)]
