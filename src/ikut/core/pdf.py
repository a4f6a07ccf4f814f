"""Fonts for PDFs, shipped as Python packages so every machine renders every script the same way:
fontpkg-noto-sans (Latin incl. Vietnamese, Cyrillic), fontpkg-noto-sans-arabic (Arabic, Farsi),
fontpkg-noto-sans-thai, justmytype-intl-africa (Ethiopic: Tigrinya, Amharic). One place finds the files;
each PDF module names the families its templates use.
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


@lru_cache(maxsize=1)
def bundled_fonts() -> dict:
    """{family: Path} for the font packages that are installed (a missing one falls back to system fonts)."""
    found = {}
    for family, (package, folder, pattern) in BUNDLED.items():
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        files = sorted(Path(list(spec.submodule_search_locations)[0], folder).glob(pattern))
        if files:
            found[family] = files[0]
    return found
