"""Browser flow on a 360 px phone: a participant (Vietnamese; this machine has no Thai font for the screenshots)
signs in on the portal, opens their skills, rates their Finnish A2, finds "kitchen porter" by its Finnish
alternative label, ticks a skill and sees it in their profile. Screens are written to test-artifacts/ and checked
with axe-core."""

import datetime

import pytest

from ikut.accounts.models import Role
from ikut.participants.models import Participant
from ikut.skills.models import LanguageSkill, Occupation, OccupationSkill, ProfileSkill
from ikut.skills.starter import load_starter
from tests.e2e.conftest import axe_violations, login, screenshot
from tests.helpers import PASSWORD, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
KITCHEN_PORTER = "http://data.europa.eu/esco/occupation/f756fdab-7726-4c48-bfcc-94ff8810fc08"


def no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_participant_self_fills_skills_on_a_phone(phone):
    from ikut.skills import matching

    load_starter()
    matching.invalidate()
    org = make_org("Assistance (portal skills e2e)")
    user = make_user(Role.PARTICIPANT, org, email="nok.skills@portal.example")
    person = Participant.objects.create(organisation=org, first_name="Nok", last_name="Demo", language="vi",
                                        date_of_birth=datetime.date(1988, 1, 1), user=user)
    page = phone
    login(page, user.email, PASSWORD)  # participants have no second factor
    page.goto("/portal/vi/me/")
    page.locator("a[href='/portal/vi/me/skills/']").click()
    page.wait_for_url("**/portal/vi/me/skills/")
    assert page.locator("[data-quick-exit]").is_visible()
    page.locator("a[href='/portal/vi/me/skills/languages/']").click()

    # Languages: the Vietnamese question with the Finnish one beside it, the pictogram, Finnish A2.
    assert page.locator("h1").inner_text() == "Ngôn ngữ"
    assert "Kielet" in page.locator(".sk-side[lang=fi]").inner_text()
    assert page.locator("img.sk-pic").get_attribute("src").endswith("skills/icons/languages.svg")
    page.select_option("select[name=fi_understanding]", "A2")
    page.select_option("select[name=fi_speaking]", "A2")
    assert no_horizontal_scroll(page)
    screenshot(page, "portal-skills-languages-360")
    assert axe_violations(page) == []
    page.locator("main button[type=submit]").click()

    # Work: find the occupation by its Finnish alternative label, then tick one of its skills.
    page.wait_for_url("**/portal/vi/me/skills/work/")
    page.fill("#q", "keittiöapulainen")
    page.locator("form[role=search] button[type=submit]").click()
    porter = Occupation.objects.get(uri=KITCHEN_PORTER)
    page.locator(f"a[href^='?occupation={porter.pk}&']").click()
    skill_id = OccupationSkill.objects.filter(occupation=porter, relation="essential").order_by("pk")[0].skill_id
    page.check(f"input[name=skills][value='{skill_id}']")
    page.check("input[name=work_type][value=informal]")
    assert page.locator("select[name=confidence]").count() == 0
    assert no_horizontal_scroll(page)
    screenshot(page, "portal-skills-work-360")
    assert axe_violations(page) == []
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/portal/vi/me/skills/certificates/")

    ps = ProfileSkill.objects.get(profile__participant=person)
    assert (ps.skill_id, ps.confidence, ps.source) == (skill_id, "self_declared", "experience")
    assert LanguageSkill.objects.get(profile__participant=person, code="fi").level == "A2"

    # Back to the overview: the skill and Finnish A2 are in their profile.
    page.goto("/portal/vi/me/skills/")
    mine = page.locator(".sk-mine").inner_text()
    assert ps.skill.label("vi") in mine
    assert "A2" in page.locator("main").inner_text()
    assert no_horizontal_scroll(page)
    screenshot(page, "portal-skills-overview-360")
    assert axe_violations(page) == []
