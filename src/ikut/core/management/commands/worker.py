from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.crypto import get_random_string

from ikut.core.numbers import argument


class Command(BaseCommand):
    help = ("Run background tasks (emails, PDFs, imports, report builds) from the database queue. Survives "
            "database restarts; reclaims tasks of workers that died; retries failed tasks (ikut.core.worker).")

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="run what is queued, then exit")
        parser.add_argument("--max-tasks", type=argument(1, 10**9), default=None)
        parser.add_argument("--interval", type=argument(0.01, 3600, whole=False), default=1)

    def handle(self, *args, batch, max_tasks, interval, **options):
        from ikut.core.worker import ReliableWorker

        backend = settings.TASKS["default"]["BACKEND"]
        if "DatabaseBackend" not in backend:
            raise CommandError(f"IKUT_TASK_BACKEND is {backend}: tasks run in-process, there is nothing to work on.")
        worker = ReliableWorker(queue_names=["*"], interval=float(interval), batch=batch, backend_name="default",
                                startup_delay=False, max_tasks=max_tasks, excluded_queue_names=[],
                                worker_id=get_random_string(32))
        worker.configure_signals()
        worker.run()
