"""`ikut casedata-housekeeping`: the daily job that creates the expiry reminder tasks (90 and 30 days before a
residence permit or a reflection period ends) for records whose date reached the window since it was saved.
Safe to run more than once a day: each reminder is made once."""

from django.core.management.base import BaseCommand

from ikut.casedata.actions import housekeeping
from ikut.core.actors import system


class Command(BaseCommand):
    help = "Create the permit and reflection-period expiry reminder tasks that are due (run daily)."

    def handle(self, *args, **options):
        made = housekeeping(system("casedata-housekeeping"))
        self.stdout.write(f"{made} reminder task(s) created")
