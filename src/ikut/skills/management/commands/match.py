import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from ikut.core.middleware import json_depth
from ikut.core.numbers import argument
from ikut.skills.matching import match
from ikut.skills.profile_document import ProfileError


class Command(BaseCommand):
    help = ("Rank occupations for a skills profile. PROFILE.json follows ikut.skills-profile/1 "
            "('-' reads standard input); prints ikut.match/1 JSON. Exit code 2 on a bad profile.")

    def add_arguments(self, parser):
        parser.add_argument("profile", help="path to PROFILE.json, or - for standard input")
        parser.add_argument("--limit", type=argument(1, 500), default=20)
        parser.add_argument("--lang", default="en", help="language of the labels (falls back to en)")

    def handle(self, profile, limit, lang, **options):
        try:
            text = sys.stdin.read() if profile == "-" else Path(profile).read_text(encoding="utf-8")
        except OSError as exc:
            return self._fail(f"cannot read {profile}: {exc.strerror}")
        if json_depth(text.encode("utf-8")) > settings.IKUT_API_MAX_JSON_DEPTH:
            return self._fail(f"JSON in {profile} is nested deeper than {settings.IKUT_API_MAX_JSON_DEPTH} levels")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return self._fail(f"malformed JSON in {profile}: {exc.msg} at line {exc.lineno} column {exc.colno}")
        if limit < 1:
            return self._fail("--limit must be at least 1")
        try:
            result = match(data, limit=limit, lang=lang, with_offers=True)
        except ProfileError as exc:
            return self._fail(str(exc))
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))

    def _fail(self, message):
        self.stderr.write(f"ikut match: {message}")
        sys.exit(2)
