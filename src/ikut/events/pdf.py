"""PDF rendering (WeasyPrint) with the Noto Sans font shipped as a Python package: nothing is fetched."""

from functools import lru_cache
from pathlib import Path

from django.template.loader import render_to_string


@lru_cache(maxsize=1)
def font_url():
    try:
        import fontpkg_noto_sans
    except ImportError:  # pragma: no cover - the system sans-serif font is used instead
        return ""
    files = sorted((Path(fontpkg_noto_sans.__file__).parent / "files").glob("NotoSans[[]*.ttf"))
    return files[0].as_uri() if files else ""


def render_pdf(template, context):
    from weasyprint import HTML

    html = render_to_string(template, {**context, "font_url": font_url()})
    return HTML(string=html, base_url=None).write_pdf()
