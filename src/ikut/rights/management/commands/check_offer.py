"""`ikut check-offer OFFER.json [--lang xx]`: print the ikut.offer-check/1 result.

Exit 0 whatever is flagged; exit 2 with a message naming the field on bad input.
"""

import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand

from ikut.rights import offer_check


class Command(BaseCommand):
    help = "Check a job offer (ikut.job-offer/1 JSON; '-' reads standard input) and print the result JSON."

    def add_arguments(self, parser):
        parser.add_argument("offer", help="path to the offer JSON, or - for standard input")
        parser.add_argument("--lang", default="en", help="language of the messages (portal languages)")

    def fail(self, message):
        self.stderr.write(f"error: {message}")
        sys.exit(2)

    def handle(self, *args, offer, lang, **options):
        if lang not in settings.PORTAL_LANGUAGES:
            self.fail(f"--lang: unsupported language {lang!r}; one of " + ", ".join(settings.PORTAL_LANGUAGES))
        try:
            if offer == "-":
                raw = sys.stdin.buffer.read(offer_check.MAX_INPUT_BYTES + 1)
            else:
                with open(offer, "rb") as fh:
                    raw = fh.read(offer_check.MAX_INPUT_BYTES + 1)
        except OSError as exc:
            self.fail(f"OFFER: cannot read {offer!r} ({exc.strerror})")
        try:
            result = offer_check.check(raw, lang)
        except offer_check.OfferError as exc:
            self.fail(str(exc))
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
