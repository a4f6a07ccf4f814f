"""Extract and compile translations. Each app keeps its own catalogue in <app>/locale/; the project-wide
strings (templates/, core, accounts, audit, access, api) live in src/ikut/locale/.

  ikut translations                 extract + compile every catalogue: the survivor-facing apps (portal,
                                    rights) in every portal language and every language that has a catalogue
                                    there; everything else in the staff languages fi, sv, en
  ikut translations --app portal --languages fi,ar   one app, these languages
  ikut translations --compile-only
  ikut translations --status        per portal language: articles, help contacts, portal catalogue (the table
                                    of docs/translations.md)
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

ROOT = Path(settings.BASE_DIR)
PROJECT_WIDE = ["templates", "core", "accounts", "audit", "access", "api"]
# Apps a survivor reads: their catalogues exist in every portal language.
SURVIVOR_APPS = ["portal", "rights"]


def app_dirs():
    return sorted(p.parent for p in ROOT.glob("*/locale") if p.parent != ROOT)


def folder(lang):
    """Catalogue folder of a language code: zh-hans -> zh_Hans, others with "_" for "-"."""
    return "zh_Hans" if lang == "zh-hans" else lang.replace("-", "_")


def code(folder_name):
    return "zh-hans" if folder_name == "zh_Hans" else folder_name.replace("_", "-")


def languages_for(target):
    """The languages a catalogue folder is kept in when no --languages is given."""
    if target.name in SURVIVOR_APPS:
        present = [code(p.name) for p in sorted((target / "locale").glob("*")) if p.is_dir()]
        return list(dict.fromkeys([*settings.PORTAL_LANGUAGES, *present]))
    return list(settings.STAFF_LANGUAGES)


class Command(BaseCommand):
    help = ("Extract (makemessages) and compile (compilemessages) the translation catalogues: portal and rights in "
            "every portal language, the rest in fi, sv and en. --status prints the state of every language.")

    def add_arguments(self, parser):
        parser.add_argument("--app", help="only this app (a folder under src/ikut with a locale/ folder)")
        parser.add_argument("--languages", help="comma-separated codes (default: see above)")
        parser.add_argument("--compile-only", action="store_true")
        parser.add_argument("--status", action="store_true",
                            help="print each language's articles, help contacts and portal catalogue counts")

    def handle(self, *args, app, languages, compile_only, status, **options):
        if status:
            from ikut.core.translation_status import markdown_table

            self.stdout.write(markdown_table())
            return
        chosen = [lang.strip() for lang in languages.split(",") if lang.strip()] if languages else None
        targets = [ROOT / app] if app else [ROOT, *app_dirs()]
        for target in targets:
            (target / "locale").mkdir(exist_ok=True)
            cwd = os.getcwd()
            os.chdir(target)
            try:
                if not compile_only:
                    ignore = []
                    if target == ROOT:
                        ignore = [p.name for p in ROOT.iterdir() if p.is_dir() and p.name not in PROJECT_WIDE]
                    langs = chosen or languages_for(target)
                    call_command("makemessages", locale=[folder(lang) for lang in langs],
                                 ignore_patterns=[f"{i}/*" for i in ignore] + ["static/*"], no_obsolete=True,
                                 add_location="file", verbosity=0)
                call_command("compilemessages", verbosity=0)
            finally:
                os.chdir(cwd)
            self.stdout.write(f"{target.relative_to(ROOT.parent)}: done")
