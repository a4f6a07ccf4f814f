"""Tofu check for browser tests: every character of a page's visible text must have a glyph in a font the page
can use. On Linux Chromium draws with the fonts fontconfig knows (`fc-list`), so those are the candidates; a
character none of them covers is drawn as a box ("tofu"). fontTools reads each font's character map once."""

import subprocess
import unicodedata
from functools import cache
from pathlib import Path

# Characters that draw nothing themselves: spaces, controls and format characters (ZWJ, ZWNJ, direction marks).
INVISIBLE = {"Zs", "Zl", "Zp", "Cc", "Cf"}


def system_fonts():
    """The font files fontconfig offers (what Chromium can fall back to)."""
    result = subprocess.run(["fc-list", "--format", "%{file}\n"], capture_output=True, text=True, check=True)
    return tuple(sorted({line for line in result.stdout.splitlines() if line}))


@cache
def _cmap(path):
    from fontTools.ttLib import TTCollection, TTFont

    covered = set()
    try:
        if path.lower().endswith((".ttc", ".otc")):
            with TTCollection(path) as collection:
                for font in collection.fonts:
                    covered.update(font.getBestCmap() or {})
        else:
            with TTFont(path) as font:
                covered.update(font.getBestCmap() or {})
    except Exception:  # noqa: BLE001 — a font fontTools cannot read simply covers nothing here
        return frozenset()
    return frozenset(covered)


def missing_glyphs(text, fonts=None):
    """The characters of `text` no font in `fonts` (default: every system font) has a glyph for."""
    paths = fonts if fonts is not None else system_fonts()
    wanted = {ch for ch in text if unicodedata.category(ch) not in INVISIBLE}
    for path in paths:
        wanted -= {ch for ch in wanted if ord(ch) in _cmap(str(path))}
        if not wanted:
            break
    return sorted(wanted)


def font_file(name):
    """A Noto file of Debian's fonts-noto-core by name (for the check that the check can fail)."""
    return Path("/usr/share/fonts/truetype/noto") / name
