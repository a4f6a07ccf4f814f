"""Portal first-visit weight per language (issue 14: < 60 KB in every language): the language picker
(/portal/, the same page for everyone, listing all enabled languages), then per enabled language the home page,
the library, the job-offer check form, the help page and one article, each with the stylesheets, scripts and
icons it links, as bytes of the response bodies (uncompressed, no headers — the browser test in
tests/e2e/test_portal_flow.py measures transferred bytes for Finnish). Prints every language and the largest,
against the Finnish home page as the in-run baseline.

    IKUT_ENV=development IKUT_DATA_DIR=/tmp/bench-data .venv/bin/ikut migrate -v0
    IKUT_ENV=development IKUT_DATA_DIR=/tmp/bench-data .venv/bin/python benchmarks/portal_weight.py
"""

import os
import re

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.staticfiles import finders  # noqa: E402
from django.test import Client  # noqa: E402

ASSET = re.compile(r'(?:href|src)="(/static/[^"]+)"')
LIMIT = 60_000


def weight(client, path):
    html = client.get(path).content
    total = len(html)
    for url in sorted(set(ASSET.findall(html.decode()))):
        found = finders.find(url.removeprefix(settings.STATIC_URL))
        if found:
            total += os.path.getsize(found)
    return total


def main():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from benchlib import header

    header("portal_weight.py")
    client = Client()
    baseline = weight(client, "/portal/fi/")
    picker = weight(client, "/portal/")
    print(f"picker   /portal/ {picker / 1000:6.1f} KB ({len(settings.PORTAL_LANGUAGES)} languages listed)")
    rows = [("all", {"picker": picker})]
    for lang in settings.PORTAL_LANGUAGES:
        pages = {"home": f"/portal/{lang}/", "library": f"/portal/{lang}/rights/", "check": f"/portal/{lang}/check/",
                 "help": f"/portal/{lang}/help/", "article": f"/portal/{lang}/rights/trafficking-help/"}
        sizes = {name: weight(client, path) for name, path in pages.items()}
        rows.append((lang, sizes))
        print(f"{lang:8} " + "  ".join(f"{name} {size / 1000:6.1f} KB" for name, size in sizes.items()))
    lang, sizes = max(rows, key=lambda row: max(row[1].values()))
    name = max(sizes, key=sizes.get)
    largest = sizes[name]
    print(f"largest: {lang} {name} {largest / 1000:.1f} KB ({largest / baseline:.2f}× the Finnish home page, "
          f"{baseline / 1000:.1f} KB); limit {LIMIT / 1000:.0f} KB: {'ok' if largest < LIMIT else 'OVER'}")


if __name__ == "__main__":
    main()
