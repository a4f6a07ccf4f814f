"""PDF rendering (WeasyPrint) with the Noto Sans font shipped as a Python package: nothing is fetched."""

from django.template.loader import render_to_string

from ikut.core.pdf import bundled_fonts


def font_url():
    path = bundled_fonts().get("NotoSans")
    return path.as_uri() if path else ""  # empty: the system sans-serif font is used instead


def render_pdf(template, context):
    from weasyprint import HTML

    html = render_to_string(template, {**context, "font_url": font_url()})
    return HTML(string=html, base_url=None).write_pdf()
