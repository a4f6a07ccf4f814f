"""`ikut worker`: django-tasks-db's worker made to survive crashes.

- A worker writes a heartbeat (core.WorkerHeartbeat) from a thread of its own. A task left RUNNING by a worker
  that stopped beating for IKUT_WORKER_LOST_AFTER seconds (killed, machine gone) is reclaimed by any worker:
  put back in the queue with a delay, or marked failed after IKUT_TASK_MAX_ATTEMPTS attempts.
- A task that raises is retried the same way (delay IKUT_TASK_RETRY_DELAY * 2**(attempt-1), at most 1 h),
  then marked failed. Failed tasks are listed by `ikut tasks --failed` and on the administrators' page.
- The database going away (restart, network) never ends the worker: it waits (1 s, doubling to 30 s) and
  reconnects; a result it could not store yet is stored first when the database is back.
- Claiming is django-tasks-db's: SELECT … FOR UPDATE SKIP LOCKED and the claim in one transaction, so two
  workers never take the same task; reclaiming locks the same way and re-checks the row.

An attempt counts once per claim (the task row's worker_ids). A task may therefore run again after a
crash mid-way: tasks must be safe to repeat (docs/architecture.md, "Background work").
"""

import contextlib
import datetime
import logging
import threading
import time

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection, transaction
from django.utils import timezone
from django_tasks_db.compat import TaskContext, TaskResultStatus, task_finished, task_started
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from .models import WorkerHeartbeat

logger = logging.getLogger("ikut.worker")
LOST = "ikut.core.worker.WorkerLost"


def retry_delay(attempts):
    return datetime.timedelta(seconds=min(3600, settings.IKUT_TASK_RETRY_DELAY * 2 ** max(0, attempts - 1)))


def _retry_or_fail(db_task, exception_class_path, traceback, now):
    """After a failed or lost attempt: back in the queue with a delay, or FAILED after the last attempt."""
    db_task.exception_class_path = exception_class_path
    db_task.traceback = traceback
    db_task.return_value = None
    if len(db_task.worker_ids) < settings.IKUT_TASK_MAX_ATTEMPTS:
        db_task.status = TaskResultStatus.READY
        db_task.run_after = now + retry_delay(len(db_task.worker_ids))
        db_task.finished_at = None
    else:
        db_task.status = TaskResultStatus.FAILED
        db_task.finished_at = now
    db_task.save(update_fields=["status", "run_after", "finished_at", "exception_class_path", "traceback",
                                "return_value"])
    return db_task.status


def reclaim_lost_tasks(now=None):
    """Tasks RUNNING under a worker silent for IKUT_WORKER_LOST_AFTER seconds: retry or fail them.
    Returns how many were reclaimed. Safe to run from several workers at once."""
    now = now or timezone.now()
    silent_since = now - datetime.timedelta(seconds=settings.IKUT_WORKER_LOST_AFTER)
    reclaimed = 0
    with transaction.atomic():
        alive = set(WorkerHeartbeat.objects.filter(last_seen__gte=silent_since).values_list("worker_id", flat=True))
        known = set(WorkerHeartbeat.objects.values_list("worker_id", flat=True))
        running = DBTaskResult.objects.running().select_for_update(skip_locked=True).order_by()
        for db_task in running:
            owner = db_task.worker_ids[-1] if db_task.worker_ids else ""
            if owner in alive or (owner not in known and db_task.started_at and db_task.started_at >= silent_since):
                continue
            logger.warning("task %s: worker %s stopped answering; reclaiming it", db_task.id, owner)
            since = silent_since.isoformat(timespec="seconds")
            _retry_or_fail(db_task, LOST, f"The worker {owner} stopped answering (no heartbeat since {since}) "
                                          "while running this task.\n", now)
            reclaimed += 1
        # Heartbeats of workers gone for a day are history.
        WorkerHeartbeat.objects.filter(last_seen__lt=now - datetime.timedelta(days=1)).delete()
    return reclaimed


class Heartbeat(threading.Thread):
    def __init__(self, worker_id):
        super().__init__(name="ikut-worker-heartbeat", daemon=True)
        self.worker_id = worker_id
        self.stopping = threading.Event()

    def beat(self):
        WorkerHeartbeat.objects.update_or_create(worker_id=self.worker_id, defaults={"last_seen": timezone.now()})

    def run(self):
        try:
            while True:
                try:
                    self.beat()
                except DatabaseError:
                    connection.close()  # this thread's own connection; the next beat reconnects
                if self.stopping.wait(settings.IKUT_WORKER_HEARTBEAT):
                    break
            with contextlib.suppress(DatabaseError):
                WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()
        finally:
            connection.close()


class ReliableWorker(Worker):
    """django-tasks-db's Worker with heartbeats, reclaiming, retries and reconnecting (see the module)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.unstored = None  # a result that could not be stored because the database was away
        self.next_reclaim = 0.0

    def run(self):
        logger.info("worker %s starting", self.worker_id)
        heartbeat = Heartbeat(self.worker_id)
        heartbeat.start()
        outage = 0
        try:
            while self.running:
                try:
                    claimed = self.step()
                    outage = 0
                except DatabaseError as error:
                    outage += 1
                    wait = min(30, 2 ** (outage - 1))
                    logger.warning("database unavailable (%s); worker %s retries in %s s",
                                   type(error).__name__, self.worker_id, wait)
                    self.disconnect()
                    time.sleep(wait)
                    continue
                if self.batch and claimed is None:
                    return
                if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                    return
                if self.running and claimed is None:
                    time.sleep(self.interval)
        finally:
            heartbeat.stopping.set()
            heartbeat.join(timeout=5)

    def disconnect(self):
        with contextlib.suppress(DatabaseError):
            connection.close()

    def step(self):
        """Store a pending result, reclaim lost tasks now and then, claim and run one task. Returns the task
        run, or None when there was nothing to do."""
        close_old_connections()
        if self.unstored is not None:
            self.unstored()
            self.unstored = None
        if time.monotonic() >= self.next_reclaim:
            reclaim_lost_tasks()
            self.next_reclaim = time.monotonic() + settings.IKUT_WORKER_HEARTBEAT
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        db_task = None
        try:
            with exclusive_transaction(tasks.db):
                db_task = tasks.get_locked()
                if db_task is not None:
                    db_task.claim(self.worker_id)
        except DatabaseError as error:
            if not is_locked_database_exception(error):
                raise
            return None
        if db_task is not None:
            self.run_task(db_task)
        return db_task

    def run_task(self, db_task):
        interrupted = None
        self.running_task = True
        try:
            task = db_task.task
            result = db_task.task_result
            task_started.send(sender=type(task.get_backend()), task_result=result)
            if task.takes_context:
                value = task.call(TaskContext(task_result=result), *result.args, **result.kwargs)
            else:
                value = task.call(*result.args, **result.kwargs)
            store = lambda value=value: self.store_success(db_task, value)  # noqa: E731
        except BaseException as error:  # noqa: BLE001 — a task's failure is recorded, never fatal
            if isinstance(error, (KeyboardInterrupt, SystemExit)):
                interrupted = error
            store = lambda error=error: self.store_failure(db_task, error)  # noqa: E731
        finally:
            self.running_task = False
            self._run_tasks += 1
        try:
            store()
        except DatabaseError:
            self.unstored = store  # stored first thing once the database is back
            raise
        if interrupted is not None:
            raise interrupted

    def store_success(self, db_task, value):
        try:
            db_task.set_successful(value)
        except (TypeError, ValueError) as error:  # a return value JSON cannot hold
            db_task.set_failed(error)
        task_finished.send(sender=type(db_task.task.get_backend()), task_result=db_task.task_result)

    def store_failure(self, db_task, error):
        from traceback import format_exception

        exception_class_path = f"{type(error).__module__}.{type(error).__qualname__}"
        status = _retry_or_fail(db_task, exception_class_path, "".join(format_exception(error)), timezone.now())
        logger.warning("task %s raised %s (attempt %s): %s", db_task.id, exception_class_path,
                       len(db_task.worker_ids), "retried later" if status == TaskResultStatus.READY else "failed")
        if status == TaskResultStatus.FAILED:
            task_finished.send(sender=type(db_task.task.get_backend()), task_result=db_task.task_result)


def failed_tasks():
    return DBTaskResult.objects.failed().order_by("-finished_at")
