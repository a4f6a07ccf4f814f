"""`ikut esf-report --period NAME [--format csv|xlsx|json] [--out FILE]` and `ikut esf-report --list`.

Prints (or writes to FILE) a reporting period's ESF+ table: the stored figures of a submitted period, the
figures computed now for a draft or reviewed one — always suppressed, never raw counts. JSON follows the
schema `ikut.esf-report/1` (code, label, women, men, non_binary, gender_not_recorded, total, suppressed
flags). Exit 2 with a message for an unknown period or bad arguments. Each export writes an audit entry
`reporting.esf.export` (channel "cli"), like the download on the page.
"""

import json
import sys

from django.core.management.base import BaseCommand

from ikut.audit import log
from ikut.core.actors import system
from ikut.reporting import esf, exports, periods
from ikut.reporting.models import ReportingPeriod


class Command(BaseCommand):
    help = "Print or write a reporting period's ESF+ table (csv, xlsx or json), or list the periods."

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--period", help="the reporting period's name (see --list)")
        which.add_argument("--list", action="store_true", help="list the reporting periods")
        parser.add_argument("--format", choices=["csv", "xlsx", "json"], default="csv")
        parser.add_argument("--out", help="write to this file instead of standard output (needed for xlsx)")

    def fail(self, message):
        self.stderr.write(f"error: {message}")
        sys.exit(2)

    def handle(self, *args, period, list, format, out, **options):
        if list:
            for p in ReportingPeriod.objects.order_by("start"):
                self.stdout.write(f"{p.name}\t{p.start.isoformat()}\t{p.end.isoformat()}\t{p.state}")
            return
        found = periods.by_name(period)
        if found is None:
            names = ", ".join(ReportingPeriod.objects.order_by("start").values_list("name", flat=True)) or "none"
            self.fail(f"--period: no reporting period named {period!r} (periods: {names}; see --list)")
        if format == "xlsx" and not out:
            self.fail("--format xlsx needs --out FILE")
        published = periods.published(found)
        if format == "json":
            corrections = [{"period": c["period"], "rows": esf.report_json(found, {**published, "cells": c["cells"]},
                                                                           state=found.state)["rows"]}
                           for c in (found.corrections or [])]
            content = json.dumps(esf.report_json(found, published, state=found.state, corrections=corrections),
                                 ensure_ascii=False, indent=2).encode() + b"\n"
        elif format == "csv":
            content = exports.esf_csv(found, published)
        else:
            content = exports.esf_xlsx(found, published)
        if out:
            try:
                with open(out, "wb") as fh:
                    fh.write(content)
            except OSError as exc:
                self.fail(f"--out: cannot write {out!r} ({exc.strerror})")
        else:
            self.stdout.write(content.decode("utf-8"), ending="")
        log.record(system("esf-report"), "reporting.esf.export", ("period", str(found.pk)), reason="ESF+ reporting",
                   details={"format": format, "channel": "cli", "state": found.state,
                            "fingerprint": published["fingerprint"]})
