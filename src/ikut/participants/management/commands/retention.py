"""`ikut retention --dry-run | --apply`: anonymise participant records closed longer than IKUT_RETENTION_DAYS.

Anonymisation removes identity, notes, goals, tasks, documents (files too), history and flag notes, and
keeps the coded ESF+ entry/exit fields, phase, dates, meeting counts and consents for reporting.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ikut.core.actors import system
from ikut.participants import actions


class Command(BaseCommand):
    help = "Anonymise participant records closed longer than IKUT_RETENTION_DAYS (keeps coded ESF+ fields)."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--dry-run", action="store_true", help="List what would be anonymised (default).")
        group.add_argument("--apply", action="store_true", help="Anonymise now.")

    def handle(self, *args, **options):
        if options["dry_run"] and options["apply"]:
            raise CommandError("choose --dry-run or --apply")
        due = list(actions.retention_due().order_by("code").only("code", "exit_date"))
        days = settings.IKUT_RETENTION_DAYS
        if not options["apply"]:
            for p in due:
                self.stdout.write(f"would anonymise {p.code} (exit {p.exit_date.isoformat()})")
            self.stdout.write(f"{len(due)} record(s) closed more than {days} days ago; dry run, nothing changed")
            return
        actor = system("retention")
        for p in due:
            actions.anonymise(actor, p)
            self.stdout.write(f"anonymised {p.code}")
        self.stdout.write(f"{len(due)} record(s) anonymised (retention {days} days)")
