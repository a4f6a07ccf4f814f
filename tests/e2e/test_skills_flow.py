"""Browser flow: a work coach runs the skills interview with an Arabic-speaking participant, finds "kitchen
porter" by a Finnish alternative label typed with a typo, confirms its skills and downloads the bilingual PDF.
The PDF's first page is rendered to PNG under test-artifacts/ (pdftoppm) and its text and fonts checked."""

import re
import subprocess

import pytest

from ikut.accounts import mfa
from ikut.accounts.models import Organisation, Role
from ikut.participants.models import Assignment, Participant
from ikut.skills.models import Occupation, ProfileSkill
from ikut.skills.starter import load_starter
from tests.e2e.conftest import ARTIFACTS, axe_violations, login, screenshot
from tests.helpers import PASSWORD, make_org, make_user, require_tool

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
KITCHEN_PORTER = "http://data.europa.eu/esco/occupation/f756fdab-7726-4c48-bfcc-94ff8810fc08"
ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


@pytest.fixture
def interview():
    load_starter()
    org = make_org("Assistance (e2e)", Organisation.Kind.ASSISTANCE_SYSTEM)
    worker = make_user(Role.CASEWORKER, org, email="aino.skills@e2e.example")
    participant = Participant.objects.create(organisation=org, first_name="Layla", last_name="(e2e)", language="ar")
    Assignment.objects.create(participant=participant, user=worker, role=Assignment.CaseRole.LEAD)
    return participant, worker


def test_interview_finds_occupation_by_finnish_alt_label_and_exports_arabic_pdf(page, interview):
    participant, worker = interview
    login(page, worker.email, PASSWORD, totp_user=worker)
    page.wait_for_url("**/home/")

    page.goto(f"/skills/p/{participant.code}/")
    assert page.locator("html").get_attribute("lang") == "fi"
    page.locator(f"a[href='/skills/p/{participant.code}/experience/']").click()
    # Both languages side by side: the participant's Arabic (right-to-left) beside the Finnish question.
    arabic = page.locator(".sk-participant-lang")
    assert arabic.get_attribute("dir") == "rtl" and arabic.get_attribute("lang") == "ar"
    assert "الخبرة في العمل" in arabic.inner_text()

    page.fill("#q", "keittiöapulanen")  # "keittiöapulainen" with a letter missing
    page.locator("main form[role=search] button[type=submit]").click()
    porter = Occupation.objects.get(uri=KITCHEN_PORTER)
    page.locator(f"a[href^='?occupation={porter.pk}&']").click()
    assert page.locator("main h2").first.inner_text().startswith("tiskaaja")
    screenshot(page, "skills-confirm-skills")
    assert axe_violations(page) == []

    essentials = page.locator(".sk-essential input[type=checkbox]")
    assert essentials.count() >= 3
    for i in range(essentials.count()):
        essentials.nth(i).check()
    page.check("input[name=work_type][value=exploitative]")
    page.select_option("select[name=confidence]", "confirmed")
    page.fill("textarea[name=description]", "غسلت الأطباق ونظفت المطبخ")
    page.locator("main form[method=post] button[type=submit]").click()
    page.wait_for_url(f"**/skills/p/{participant.code}/")
    confirmed = ProfileSkill.objects.filter(profile__participant=participant, source="experience",
                                            confidence="confirmed")
    assert confirmed.count() >= 3
    assert page.locator("#skills-h").is_visible()
    screenshot(page, "skills-profile")
    assert axe_violations(page) == []

    # Exports ask for the password and a code again (sudo mode, issue 11); a recovery code avoids reusing the
    # TOTP code of the sign-in within the same 30 seconds.
    recovery = mfa.new_recovery_codes(worker)[0]
    page.goto(f"/accounts/sudo/?next=/skills/p/{participant.code}/")
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=code]", recovery)
    page.click("main button[type=submit]")
    page.wait_for_url(f"**/skills/p/{participant.code}/")
    with page.expect_download() as info:
        page.locator(f"a[href='/skills/p/{participant.code}/profile.pdf']").click()
    ARTIFACTS.mkdir(exist_ok=True)
    pdf_path = ARTIFACTS / "skills-profile-ar.pdf"
    info.value.save_as(str(pdf_path))
    assert pdf_path.read_bytes().startswith(b"%PDF")

    require_tool("pdftoppm", "poppler-utils")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf_path),
                    str(ARTIFACTS / "skills-profile-ar")], check=True)
    png = ARTIFACTS / "skills-profile-ar.png"
    assert png.stat().st_size > 10_000
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf_path), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Osaamisprofiili" in text and participant.code in text
    assert len(ARABIC.findall(text)) > 50, "Arabic text is missing from the PDF"
    fonts = subprocess.run(["pdffonts", str(pdf_path)], check=True, capture_output=True, text=True).stdout
    assert "IKUT-Arabic" in fonts, fonts  # shaped by the bundled Noto Sans Arabic, not a fallback font
    assert "DejaVu" not in fonts, fonts


def test_profile_on_a_phone_fits_and_is_accessible(phone, interview):
    from ikut.skills.demo import PROFILES, seed_profile

    participant, worker = interview
    seed_profile(participant, PROFILES["Nok"], worker)
    login(phone, worker.email, PASSWORD, totp_user=worker)
    phone.wait_for_url("**/home/")
    phone.goto(f"/skills/p/{participant.code}/")
    assert phone.locator("#match-h").is_visible()
    screenshot(phone, "skills-profile-360")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the skills profile scrolls sideways at 360 px ({width}px)"
    assert axe_violations(phone) == []
    phone.goto(f"/skills/p/{participant.code}/section/languages/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert axe_violations(phone) == []
