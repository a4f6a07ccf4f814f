"""One helper each in ikut.core: the current language, translation status, links, PDFs (issue 19, item 2)."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from ikut.core import i18n
from ikut.core.links import absolute
from ikut.core.pdf import STACK, font_faces, render_pdf
from tests.helpers import require_tool


def png():
    import io

    from PIL import Image  # WeasyPrint's own dependency

    out = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(out, "PNG")
    return out.getvalue()


def test_current_language_is_the_active_one_else_the_configured_default(settings):
    settings.LANGUAGE_CODE = "sv"
    with translation.override("zh-hans"):
        assert i18n.current_language() == "zh-hans"
        assert i18n.current_language(base=True) == "zh"
    with translation.override(None):  # no active translation (deactivate_all)
        assert translation.get_language() is None
        assert i18n.current_language() == "sv"


def test_translation_status_reads_each_catalogue_header(tmp_path):
    assert i18n.status("en") == i18n.REVIEWED  # the source language
    assert i18n.status("fi") == i18n.DRAFT  # staff catalogues are machine-drafted
    portal = Path(settings.BASE_DIR) / "portal" / "locale"
    assert i18n.status("zh-hans", portal) == i18n.DRAFT  # folder zh_Hans, found through to_locale
    assert i18n.status("fi", tmp_path / "empty") == i18n.MISSING
    (tmp_path / "fi" / "LC_MESSAGES").mkdir(parents=True)
    header = 'msgid ""\nmsgstr ""\n"X-Translation-Status: reviewed\\n"\n'
    (tmp_path / "fi" / "LC_MESSAGES" / "django.po").write_text(header)
    assert i18n.status("fi", tmp_path) == i18n.REVIEWED


def test_localised_content_falls_back_to_english_finnish_swedish():
    class Item(i18n.Localised):
        title_fi, title_sv, title_en = "Otsikko", "Rubrik", ""

    with translation.override("sv"):
        assert Item().text("title") == "Rubrik"
    with translation.override("ar"):  # no Arabic column; English empty → Finnish
        assert i18n.localised(Item(), "title") == ("Otsikko", "fi")


def test_absolute_puts_the_site_address_before_the_path(settings):
    settings.SITE_URL = "https://ikut.example"
    assert absolute("/events/checkin/abc/") == "https://ikut.example/events/checkin/abc/"


def test_pdf_fonts_come_from_the_font_packages():
    faces = dict(font_faces())
    assert {"NotoSans", "NotoSansArabic", "NotoSansThai", "NotoSansEthiopic"} <= set(faces) <= set(STACK)
    assert all(uri.startswith("file://") and uri.endswith(".ttf") for uri in faces.values())


def _images(pdf, tmp_path):
    require_tool("pdfimages", "poppler-utils")
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    return len(listing.strip().splitlines()) - 2  # two header lines


def test_render_pdf_loads_no_local_file_and_no_url(tmp_path):
    """Text a user typed ends up in PDFs (notes, names, goals): it must not make the server read a file or
    fetch a URL. Only the bundled fonts and inline data: URIs (the certificate's QR code) are loaded."""
    secret = tmp_path / "secret.png"
    secret.write_bytes(png())
    html = (f'<p>x</p><img src="{secret.as_uri()}"><img src="http://127.0.0.1:9/tracker.png">'
            f'<link rel="stylesheet" href="{secret.as_uri()}">')
    assert _images(render_pdf(html), tmp_path) == 0
    import base64

    inline = f'<img src="data:image/png;base64,{base64.b64encode(png()).decode()}">'
    assert _images(render_pdf(inline), tmp_path) == 1


def test_no_pdf_module_loads_weasyprint_at_import():
    """Workers load WeasyPrint (and Pango) only when someone asks for a PDF."""
    code = ("import sys, django; django.setup(); "
            "import ikut.core.pdf, ikut.skills.pdf, ikut.participants.pdf, ikut.reporting.exports; "
            "import ikut.events.views, ikut.learning.views; "
            "print('weasyprint' in sys.modules)")
    env = {"DJANGO_SETTINGS_MODULE": "ikut.settings_test", "PATH": "/usr/bin:/bin",
           "PYTHONPATH": ":".join(sys.path)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "False"


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_money_text_follows_the_current_language(lang):
    from ikut.core.formats import money_text

    with translation.override(lang):
        assert money_text("1234.5") == ("€1,234.50" if lang == "en" else "1\xa0234,50\xa0€")
