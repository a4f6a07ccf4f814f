"""Every new script at 360 px (issue 14): the home page and one article in each enabled language written in
Ethiopic, Arabic script, Devanagari, Bengali, Sinhala, Tamil, Myanmar, Khmer or Georgian — screenshot saved
under the test's tmp dir, no tofu (every visible character has a glyph in a font the page can use, checked
with fontTools, see glyphs.py), nothing wider than the phone, axe clean in ar, ckb, am and my. A script with no
enabled language is skipped and says so."""

import unicodedata

import pytest
from django.apps import apps
from django.conf import settings

from ikut import languages
from ikut.rights import loader
from tests.e2e.conftest import axe_violations
from tests.e2e.glyphs import font_file, missing_glyphs

# script code -> the word Unicode uses in the names of its letters
SCRIPTS = {"Ethi": "ETHIOPIC", "Arab": "ARABIC", "Deva": "DEVANAGARI", "Beng": "BENGALI", "Sinh": "SINHALA",
           "Taml": "TAMIL", "Mymr": "MYANMAR", "Khmr": "KHMER", "Geor": "GEORGIAN"}
AXE = {"ar", "ckb", "am", "my"}
ARTICLE = "trafficking-help"


def _cases():
    cases = []
    for script, word in SCRIPTS.items():
        codes = [lang.code for lang in languages.LANGUAGES
                 if lang.script == script and lang.code in settings.PORTAL_LANGUAGES]
        cases += [pytest.param(script, code, id=code) for code in codes]
        if not codes:
            cases.append(pytest.param(script, None, id=f"{script}-none", marks=pytest.mark.skip(
                reason=f"no enabled portal language is written in {word.title()} script yet")))
    return cases


def _letters(text, word):
    return sum(1 for ch in text if word in unicodedata.name(ch, ""))


def test_the_tofu_check_can_fail():
    """Myanmar text has no glyphs in the Latin Noto font alone, and a private-use character has none anywhere."""
    latin_only = [font_file("NotoSans-Regular.ttf")]
    if not latin_only[0].exists():
        pytest.skip("Debian fonts-noto-core not installed (.ci/run installs it)")
    assert missing_glyphs("မြန်မာ", fonts=latin_only) != []
    assert missing_glyphs("\U000f0000 ok") == ["\U000f0000"]
    assert missing_glyphs("မြန်မာ ಕ") in ([], ["ಕ"])  # Myanmar covered by the system fonts


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("script,lang", _cases())
def test_home_and_article_at_360px_without_tofu(phone, tmp_path, script, lang):
    loader.load_all(apps.get_model)
    page = phone
    word = SCRIPTS[script]
    info = languages.BY_CODE[lang]
    for name, url in [("home", f"/portal/{lang}/"), ("article", f"/portal/{lang}/rights/{ARTICLE}/")]:
        page.goto(url, wait_until="networkidle")
        assert page.locator("html").get_attribute("lang") == lang
        assert page.locator("html").get_attribute("dir") == ("rtl" if info.bidi else "ltr")
        text = page.evaluate("document.body.innerText")
        assert _letters(text, word) > 20, f"{lang} {name}: hardly any {word.title()} letters on the page"
        assert missing_glyphs(text) == [], f"{lang} {name}: characters without a glyph (tofu)"
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, f"{lang} {name}: {width} px wide at 360 px"
        if name == "article":
            assert page.locator("article h1").count() == 1 and page.locator(".note").count() == 0  # no fallback
        path = tmp_path / f"portal-{lang}-{name}-360.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 5000
        print(f"screenshot: {path}")
        if lang in AXE:
            assert axe_violations(page) == [], f"{lang} {name}"
