from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from ikut.core.numbers import argument


class Command(BaseCommand):
    help = "Run background tasks (emails, PDFs, imports, report builds) from the database queue."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="run what is queued, then exit")
        parser.add_argument("--max-tasks", type=argument(1, 10**9), default=None)
        parser.add_argument("--interval", type=argument(0.01, 3600, whole=False), default=1)

    def handle(self, *args, batch, max_tasks, interval, **options):
        backend = settings.TASKS["default"]["BACKEND"]
        if "DatabaseBackend" not in backend:
            raise CommandError(f"IKUT_TASK_BACKEND is {backend}: tasks run in-process, there is nothing to work on.")
        kwargs = {"batch": batch, "interval": float(interval), "reload": False, "startup_delay": False}
        if max_tasks:
            kwargs["max_tasks"] = max_tasks
        call_command("db_worker", **kwargs)
