"""Server-side SVG charts: horizontal bars and a line over months. No JavaScript, no external requests.

Charts take *suppressed* data only: a list of (label, Cell). A suppressed cell draws no bar; its value
label reads "<5" or "×" so a chart never shows more than the table beside it. Every chart has a <title>
and <desc> (text alternative) and the page renders the same numbers as a table.
"""

from django.utils.html import escape

WIDTH = 640
BAR_H = 22
GAP = 8
LABEL_W = 260
VALUE_W = 50
COLOURS = ("#1f5f8b", "#6a4c93", "#2e7d32", "#b35c00")


def _text(x, y, s, anchor="start", size=14, weight="normal", fill="#1b1b1b"):
    return (f'<text x="{x}" y="{y}" font-size="{size}" font-family="sans-serif" font-weight="{weight}" '
            f'fill="{fill}" text-anchor="{anchor}">{escape(s)}</text>')


def _shorten(label, limit=32):
    label = str(label)
    return label if len(label) <= limit else label[: limit - 1] + "…"


def bar_chart(title, items, description=""):
    """Horizontal bar chart. items: [(label, Cell)]. Returns SVG markup (safe string)."""
    items = list(items)
    height = 30 + len(items) * (BAR_H + GAP) + 10
    known = [c.value for _l, c in items if not c.suppressed]
    top = max(known) if known else 1
    plot_w = WIDTH - LABEL_W - VALUE_W - 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {WIDTH} {height}" '
             f'width="{WIDTH}" height="{height}">',
             f"<title>{escape(title)}</title>",
             f"<desc>{escape(description or _describe(items))}</desc>",
             _text(0, 18, title, size=16, weight="bold")]
    y = 30
    for i, (label, cell) in enumerate(items):
        parts.append(_text(LABEL_W - 8, y + BAR_H - 6, _shorten(label), anchor="end"))
        if cell.suppressed:
            parts.append(f'<rect x="{LABEL_W}" y="{y}" width="{plot_w}" height="{BAR_H}" fill="none" '
                         f'stroke="#8a8a8a" stroke-dasharray="4 3"/>')
        else:
            w = 0 if top == 0 else round(plot_w * cell.value / top, 1)
            parts.append(f'<rect x="{LABEL_W}" y="{y}" width="{w}" height="{BAR_H}" '
                         f'fill="{COLOURS[i % len(COLOURS)]}"/>')
        parts.append(_text(WIDTH - VALUE_W + 4, y + BAR_H - 6, cell.display, weight="bold"))
        y += BAR_H + GAP
    parts.append("</svg>")
    return "".join(parts)


def line_chart(title, points, description=""):
    """Line over time. points: [(label, Cell)] in order. Suppressed points break the line and show "<5"."""
    points = list(points)
    height, left, bottom, top_pad = 240, 40, 40, 30
    plot_w, plot_h = WIDTH - left - 20, height - bottom - top_pad
    known = [c.value for _l, c in points if not c.suppressed]
    top = max(known + [1])
    n = max(len(points) - 1, 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {WIDTH} {height}" '
             f'width="{WIDTH}" height="{height}">',
             f"<title>{escape(title)}</title>",
             f"<desc>{escape(description or _describe(points))}</desc>",
             _text(0, 18, title, size=14, weight="bold"),
             f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{left + plot_w}" y2="{top_pad + plot_h}" stroke="#555"/>',
             f'<line x1="{left}" y1="{top_pad}" x2="{left}" y2="{top_pad + plot_h}" stroke="#555"/>',
             _text(left - 6, top_pad + 4, str(top), anchor="end", size=12),
             _text(left - 6, top_pad + plot_h, "0", anchor="end", size=12)]
    segment = []
    every = max(1, len(points) // 8)
    for i, (label, cell) in enumerate(points):
        x = left + plot_w * i / n
        if i % every == 0 or i == len(points) - 1:
            parts.append(_text(x, height - 18, str(label), anchor="middle", size=12))
        if cell.suppressed:
            if len(segment) > 1:
                parts.append(_polyline(segment))
            segment = []
            parts.append(_text(x, top_pad + plot_h - 6, cell.display, anchor="middle", size=12, fill="#555"))
            continue
        y = top_pad + plot_h - plot_h * cell.value / top
        segment.append((x, y))
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{COLOURS[0]}"/>')
    if len(segment) > 1:
        parts.append(_polyline(segment))
    parts.append("</svg>")
    return "".join(parts)


def _polyline(points):
    coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return f'<polyline points="{coords}" fill="none" stroke="{COLOURS[0]}" stroke-width="2"/>'


def _describe(items):
    return "; ".join(f"{label}: {cell.display}" for label, cell in items)
