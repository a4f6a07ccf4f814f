"""The languages prepared for survivors (issue 14, item 1): names in their own script, right-to-left where the
script is, a PDF font for every script (rendered, then read back from the PDF)."""

import subprocess

import pytest
from django.conf import settings
from django.utils.translation import get_language_info

from ikut import languages
from ikut.core.pdf import FONT_STACK, bundled_fonts
from tests.helpers import require_tool

REQUIRED = ["am", "ckb", "kmr", "ps", "ur", "hi", "bn", "ne", "si", "ta", "tr", "sq", "pl", "et", "lv", "lt", "es",
            "pt", "uz", "ky", "ka", "id", "my", "km"]


def test_at_least_36_languages_with_every_one_the_issue_names():
    codes = [language.code for language in languages.LANGUAGES]
    assert len(codes) == len(set(codes)) >= 36
    assert set(REQUIRED) <= set(codes)
    assert settings.PORTAL_LANGUAGES == languages.ENABLED
    assert set(languages.ENABLED) <= set(codes)


def test_names_in_their_own_script_and_direction():
    for language in languages.LANGUAGES:
        info = get_language_info(language.code)
        if language.code not in languages.ENABLED:
            assert info["name_local"] == language.name_local, language.code
        if language.script not in ("Latn",):
            assert not info["name_local"].isascii(), language.code
    rtl = {language.code for language in languages.LANGUAGES if language.bidi}
    assert rtl == {"ar", "fa", "ckb", "ps", "ur"}
    assert all(get_language_info(code)["bidi"] for code in rtl)
    assert get_language_info("km")["name_local"] == "ខ្មែរ"


SAMPLES = {  # script -> (family, a word in a language written in it)
    "Deva": ("NotoSansDevanagari", "हिन्दी"), "Beng": ("NotoSansBengali", "বাংলা"), "Sinh": ("NotoSansSinhala", "සිංහල"),
    "Taml": ("NotoSansTamil", "தமிழ்"), "Mymr": ("NotoSansMyanmar", "မြန်မာ"), "Khmr": ("NotoSansKhmer", "ខ្មែរ"),
    "Geor": ("NotoSansGeorgian", "ქართული"), "Ethi": ("NotoSansEthiopic", "አማርኛ"), "Arab": ("NotoSansArabic", "اردو"),
}


def test_every_script_of_the_registry_has_a_pdf_font_family():
    scripts = {language.script for language in languages.LANGUAGES} - {"Hans"}  # CJK: system font (see docs)
    assert {languages.FONT_FAMILY[script] for script in scripts} <= set(FONT_STACK)


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_pdf_renders_each_new_script_with_its_noto_font(tmp_path, script):
    require_tool("pdffonts", "poppler-utils")
    from weasyprint import CSS, HTML

    family, sample = SAMPLES[script]
    fonts = bundled_fonts()
    assert family in fonts, f"{family}: install Debian fonts-noto-core (.ci/run does)"
    css = CSS(string=f'@font-face {{ font-family: "{family}"; src: url("{fonts[family].as_uri()}"); }}'
                     f'body {{ font-family: "{family}"; }}')
    path = tmp_path / "sample.pdf"
    HTML(string=f"<p>{sample}</p>").write_pdf(path, stylesheets=[css])
    used = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert family in used.replace("-", "")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "\ufffd" not in text and text.strip()


def test_docs_list_every_language_with_its_status():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "translations.md").read_text(encoding="utf-8")
    for language in languages.LANGUAGES:
        assert f"| {language.code} | {language.name} | {language.name_local} |" in text, language.code
