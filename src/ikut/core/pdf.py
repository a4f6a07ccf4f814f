"""Fonts for PDFs, shipped as Python packages so every machine renders every script the same way:
fontpkg-noto-sans (Latin incl. Vietnamese, Cyrillic), fontpkg-noto-sans-arabic (Arabic, Farsi),
fontpkg-noto-sans-thai, justmytype-intl-africa (Ethiopic: Tigrinya, Amharic). One place finds the files;
each PDF module names the families its templates use.

The scripts of the languages prepared for survivors (ikut/languages.py: Devanagari, Bengali, Sinhala, Tamil,
Myanmar, Khmer, Georgian) come from Debian's fonts-noto-core (installed by .ci/run), found under
SYSTEM_NOTO; a family the packages provide is taken from the package.
"""

import importlib.util
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
