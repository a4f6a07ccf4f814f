"""Extract and compile translations. Each app keeps its own catalogue in <app>/locale/; the project-wide
strings (templates/, core, accounts, audit, access, api) live in src/ikut/locale/.

  ikut translations                 extract + compile every catalogue (staff languages fi, sv, en)
  ikut translations --app portal --languages fi,sv,en,ar,...   one app, more languages
  ikut translations --compile-only
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

ROOT = Path(settings.BASE_DIR)
PROJECT_WIDE = ["templates", "core", "accounts", "audit", "access", "api"]


def app_dirs():
    return sorted(p.parent for p in ROOT.glob("*/locale") if p.parent != ROOT)


class Command(BaseCommand):
    help = "Extract (makemessages) and compile (compilemessages) the translation catalogues."

    def add_arguments(self, parser):
        parser.add_argument("--app", help="only this app (a folder under src/ikut with a locale/ folder)")
        parser.add_argument("--languages", default="fi,sv,en")
        parser.add_argument("--compile-only", action="store_true")

    def handle(self, *args, app, languages, compile_only, **options):
        langs = [lang.strip() for lang in languages.split(",") if lang.strip()]
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
                    locales = [lang.replace("-", "_") if lang != "zh-hans" else "zh_Hans" for lang in langs]
                    call_command("makemessages", locale=locales,
                                 ignore_patterns=[f"{i}/*" for i in ignore] + ["static/*"], no_obsolete=True,
                                 add_location="file", verbosity=0)
                call_command("compilemessages", verbosity=0)
            finally:
                os.chdir(cwd)
            self.stdout.write(f"{target.relative_to(ROOT.parent)}: done")
