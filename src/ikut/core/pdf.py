"""PDFs: `render_pdf(html, fonts)` is the one way IKUT turns HTML into a PDF (the pathway plan, the
data-subject export, the skills profile, certificates, reports).

Fonts are shipped as Python packages so every machine renders every script the same way:
fontpkg-noto-sans (Latin incl. Vietnamese, Cyrillic), fontpkg-noto-sans-arabic (Arabic, Farsi),
fontpkg-noto-sans-thai, justmytype-intl-africa (Ethiopic: Tigrinya, Amharic). One place finds the files;
a caller names the font families its template uses, or takes the whole stack.

The scripts of the languages prepared for survivors (ikut/languages.py: Devanagari, Bengali, Sinhala, Tamil,
Myanmar, Khmer, Georgian) come from Debian's fonts-noto-core (installed by .ci/run), found under
SYSTEM_NOTO; a family the packages provide is taken from the package.
"""

import importlib.util
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

# family -> (package, folder inside the package, file pattern); upright variable fonts only
BUNDLED = {
    "NotoSans": ("fontpkg_noto_sans", "files", "NotoSans[[]*.ttf"),
    "NotoSansArabic": ("fontpkg_noto_sans_arabic", "files", "NotoSansArabic[[]*.ttf"),
    "NotoSansThai": ("fontpkg_noto_sans_thai", "files", "NotoSansThai[[]*.ttf"),
    "NotoSansEthiopic": ("justmytype_intl_africa", "fonts/ofl/notosansethiopic", "NotoSansEthiopic[[]*.ttf"),
}


SYSTEM_NOTO = Path("/usr/share/fonts/truetype/noto")
# family -> file of Debian's fonts-noto-core (static upright Regular faces)
SYSTEM = {family: f"{family}-Regular.ttf" for family in (
    "NotoSansEthiopic", "NotoSansDevanagari", "NotoSansBengali", "NotoSansSinhala", "NotoSansTamil",
    "NotoSansMyanmar", "NotoSansKhmer", "NotoSansGeorgian", "NotoSansArabic", "NotoSansThai")}

# Every family a PDF may need, in fallback order (Latin and Cyrillic first).
FONT_STACK = ["NotoSans", "NotoSansArabic", "NotoSansThai", "NotoSansEthiopic", "NotoSansDevanagari",
              "NotoSansBengali", "NotoSansSinhala", "NotoSansTamil", "NotoSansMyanmar", "NotoSansKhmer",
              "NotoSansGeorgian"]


@lru_cache(maxsize=1)
def bundled_fonts() -> dict:
    """{family: Path} for the font packages that are installed, then Debian's fonts-noto-core for the
    families no package provides (a missing one falls back to whatever fontconfig finds)."""
    found = {}
    for family, (package, folder, pattern) in BUNDLED.items():
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        files = sorted(Path(list(spec.submodule_search_locations)[0], folder).glob(pattern))
        if files:
            found[family] = files[0]
    for family, name in SYSTEM.items():
        if family not in found and (SYSTEM_NOTO / name).is_file():
            found[family] = SYSTEM_NOTO / name
    return found


# The default: every family under its own name, in fallback order; `body` uses them unless the template says
# otherwise.
STACK = {family: family for family in FONT_STACK}


def font_faces(fonts: Mapping[str, str] = STACK) -> list[tuple[str, str]]:
    """[(CSS family name, file URI)] for `fonts` ({CSS family name: bundled family}) whose files exist."""
    files = bundled_fonts()
    return [(name, files[family].as_uri()) for name, family in fonts.items() if family in files]


def render_pdf(html: str, fonts: Mapping[str, str] = STACK) -> bytes:
    """The PDF of `html`. `fonts` maps the CSS family names the template uses to bundled families
    ({"IKUT Thai": "NotoSansThai"}); each gets an @font-face rule, and `body` falls back to them in order
    unless the template sets its own font-family.

    Nothing else is loaded: the URL fetcher serves only those font files and inline `data:` URIs (a QR code),
    so text a user typed cannot make the server fetch a URL or read a local file
    (`<img src="file:///etc/passwd">` loads nothing).
    WeasyPrint is imported here, not at module import, so that web and task workers load it (and Pango)
    only when someone asks for a PDF."""
    from weasyprint import CSS, HTML, urls
    from weasyprint.text.fonts import FontConfiguration

    faces = font_faces(fonts)
    allowed = {uri for _name, uri in faces}

    class FontsOnly(urls.URLFetcher):
        def fetch(self, url, headers=None):
            if url not in allowed and not url.startswith("data:"):
                raise ValueError("only the bundled font files and data: URIs may be loaded")
            return super().fetch(url, headers)

    fetcher = FontsOnly(allowed_protocols=["file", "data"])
    font_config = FontConfiguration()
    rules = [f'@font-face {{ font-family: "{name}"; src: url("{uri}"); }}' for name, uri in faces]
    stack = ", ".join(f'"{name}"' for name, _uri in faces)
    rules.append(f"body {{ font-family: {stack + ', ' if stack else ''}sans-serif; }}")
    css = CSS(string="\n".join(rules), font_config=font_config, url_fetcher=fetcher)
    return HTML(string=html, base_url=None, url_fetcher=fetcher).write_pdf(stylesheets=[css],
                                                                            font_config=font_config)
