"""A web worker loads the heavy libraries only when a request needs them (issue 17): importing the WSGI app and
answering requests loads every URLconf, view and API module, but not scipy (matching), WeasyPrint (PDFs),
openpyxl (XLSX exports), segno (QR codes), icalendar (mails, in the task worker), pycountry (HTCDS), rapidfuzz
(search), cryptography (only to encrypt or decrypt a value: a worker serving the portal never needs it) or statistics
(the medians of a report build), nor Django's migration machinery (only /readyz needs it, and even /readyz imports no
migration file of a fully migrated database), nor the rights articles (only the content loader reads them) or the
interview texts (the interview page and the profile PDF), nor IKUT's own code for exports, PDFs, calendar downloads
and the HTCDS interchange (RARE: the views import it when such a request comes).
Resident memory per worker is measured by benchmarks/load.py and benchmarks/worker_memory.py, not asserted here."""

import json
import subprocess
import sys

import pytest

LAZY = ["numpy", "scipy", "weasyprint", "openpyxl", "segno", "icalendar", "pycountry", "rapidfuzz", "cryptography"]
# Not imported by IKUT's code in a web worker, though a library may import it: Django's SQLite backend imports
# statistics (the tests' database), its PostgreSQL backend does not.
NOT_FROM_IKUT = ["statistics"]
# IKUT's code for rare requests (exports, PDFs, a calendar download, the HTCDS interchange): imported by the view
# that needs it, so a worker holds it only once it has served one (issue 17, eighth round; each was imported by a
# view module before).
RARE = ["ikut.core.pdf", "ikut.events.emails", "ikut.events.exports", "ikut.participants.export",
        "ikut.reporting.exports", "ikut.casedata.htcds", "ikut.casedata.transfer"]

WORKER = """
import builtins, io, json, sys

importers = []  # the IKUT modules whose import statements ran for a module of NOT_FROM_IKUT
plain_import = builtins.__import__

def watching_import(name, globals=None, locals=None, fromlist=(), level=0):
    importer = (globals or {}).get("__name__", "")
    if level == 0 and name.split(".")[0] in NOT_FROM_IKUT and importer.startswith("ikut"):
        importers.append(f"{importer} imports {name}")
    return plain_import(name, globals, locals, fromlist, level)

builtins.__import__ = watching_import
from ikut.wsgi import application
from django.urls import get_resolver

def get(path):
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "80",
               "wsgi.input": io.BytesIO(), "wsgi.url_scheme": "http", "QUERY_STRING": ""}
    status = []
    b"".join(application(environ, lambda s, h, e=None: status.append(s)))
    return status[0]

statuses = [get("/healthz"), get("/portal/"), get("/portal/fi/"), get("/accounts/login/")]
resolver = get_resolver()
resolver.resolve("/participants/")  # every URLconf and view module is imported by now
print(json.dumps({"statuses": statuses, "loaded": sorted({m.split(".")[0] for m in sys.modules}),
                  "migration_machinery": "django.db.migrations.executor" in sys.modules,
                  "rights_content": sorted(m for m in sys.modules if m.startswith(("ikut.rights.i18n.articles",
                                                                                   "ikut.rights.article_data",
                                                                                   "ikut.skills.interview_text"))),
                  "articles_held": [m for m, module in list(sys.modules.items())
                                    if m.startswith("ikut.rights") and getattr(module, "ARTICLES", None)],
                  "language_modules": "ikut.rights.i18n.pl" in sys.modules, "importers": importers,
                  "rare": [m for m in RARE if m in sys.modules]}))
"""


def test_the_wsgi_app_does_not_load_heavy_libraries_until_a_request_needs_them(tmp_path):
    env = {"DJANGO_SETTINGS_MODULE": "ikut.settings", "IKUT_ENV": "test", "IKUT_DATA_DIR": str(tmp_path),
           "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    code = f"NOT_FROM_IKUT = {NOT_FROM_IKUT!r}\nRARE = {RARE!r}\n" + WORKER
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["statuses"] == ["200 OK", "200 OK", "200 OK", "200 OK"]
    assert "ninja" in result["loaded"] and "ikut" in result["loaded"]  # the API and every app are loaded
    assert [name for name in LAZY if name in result["loaded"]] == []
    assert result["importers"] == []
    assert result["rare"] == []  # every view module is imported, but not the code of their rare requests
    assert not result["migration_machinery"]  # only /readyz needs it (and the migration files it loads)
    # The language modules' portal texts are merged at import, their articles only by the content loader; the
    # interview texts only with an interview page or profile PDF.
    assert result["language_modules"] and result["rights_content"] == [] and result["articles_held"] == []


def test_the_libraries_still_load_when_a_request_needs_them(tmp_path):
    """The other side: the lazy imports are real imports at the point of use."""
    code = ("import django, sys; django.setup()\n"
            "from ikut.events import exports, emails, views\n"
            "from ikut.accounts import mfa\n"
            "from ikut.casedata import htcds\n"
            "assert htcds.country_codes('Somalia') == ['SO']\n"
            "from ikut.casedata import api, transfer\n"  # RARE: what the views import when a request needs it
            "from ikut.core import pdf\n"
            "from ikut.participants import export\n"
            "from ikut.reporting import exports\n"
            "from ikut.skills import search, matching\n"
            "index = matching.Index.build([(1, 'o', {}, '')], [(1, 's', {})], [(1, 1, 'essential')], [], [])\n"
            "assert matching.match({'schema': 'ikut.skills-profile/1', 'skills': ['s']}, index=index)['occupations']\n"
            "from ikut.reporting import sources\n"
            "assert sources.median([3, 1, 2]) == 2\n"
            "print(sorted({m.split('.')[0] for m in sys.modules}))\n")
    env = {"DJANGO_SETTINGS_MODULE": "ikut.settings_test", "IKUT_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin",
           "PYTHONPATH": ":".join(sys.path)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "scipy" in run.stdout and "pycountry" in run.stdout and "statistics" in run.stdout


@pytest.mark.django_db
def test_the_readiness_probe_does_not_load_the_migration_files(client, monkeypatch):
    """/readyz recognises a fully migrated database from the file names: Django's loader, which imports every
    migration module of every app into the worker for good, is not asked (it would fail here)."""
    from django.db.migrations.loader import MigrationLoader

    def refuse(loader):
        raise AssertionError("the readiness probe loaded the migration files")

    monkeypatch.setattr(MigrationLoader, "load_disk", refuse)
    assert client.get("/readyz").json() == {"status": "ok"}


def test_the_migration_files_are_found_as_djangos_loader_finds_them():
    """core.migration_files copies MigrationLoader.load_disk's rules for finding migration files; a Django upgrade
    that changes them fails here, not in a probe that says "ready" too early."""
    from django.db.migrations.loader import MigrationLoader

    from ikut.core import migration_files

    found = migration_files.on_disk()
    assert found == set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    assert ("participants", "0001_initial") in found and len(found) > 50
