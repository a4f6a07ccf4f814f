from django.core.management.base import BaseCommand

from ikut.core.numbers import argument


class Command(BaseCommand):
    help = ("Background tasks in the database queue: counts per status, or with --failed the tasks that failed "
            "after every attempt (id, task, attempts, error type, when). Arguments are never shown: they may "
            "hold an email address or a message.")

    def add_arguments(self, parser):
        parser.add_argument("--failed", action="store_true", help="list the tasks that failed for good")
        parser.add_argument("--limit", type=argument(1, 10000), default=100)

    def handle(self, *args, failed, limit, **options):
        from django.db.models import Count
        from django_tasks_db.models import DBTaskResult

        from ikut.core.worker import failed_tasks

        if not failed:
            for row in DBTaskResult.objects.order_by().values("status").annotate(n=Count("id")).order_by("status"):
                self.stdout.write(f"{row['status']:<12} {row['n']}")
            return
        rows = list(failed_tasks()[:limit])
        for db_task in rows:
            finished = db_task.finished_at.isoformat(timespec="seconds") if db_task.finished_at else "-"
            self.stdout.write(f"{db_task.id}  {db_task.task_name}  attempts={len(db_task.worker_ids)}  "
                              f"{db_task.exception_class_path}  {finished}")
        self.stdout.write(f"{len(rows)} failed task(s)")
