"""`ikut events-housekeeping`: send due reminders, expire waiting-list offers (promoting the next person)
and delete attendee data IKUT_EVENT_RETENTION_DAYS after an event. Run it every 15 minutes (cron or a
systemd timer); it is idempotent, so it is safe alongside the delayed tasks of the database backend."""

from django.core.management.base import BaseCommand

from ikut.core.actors import system
from ikut.events import actions


class Command(BaseCommand):
    help = "Send event reminders, expire waiting-list offers and apply attendee-data retention."

    def handle(self, *args, **options):
        counts = actions.housekeeping(system("events-housekeeping"))
        self.stdout.write(" ".join(f"{k}={v}" for k, v in counts.items()))
