"""Reclaiming tasks of dead workers, retry/fail bookkeeping, and the administrators' failed-task page. Real worker
processes: tests/foundation/test_worker_crashes.py."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from ikut.accounts.models import Role
from ikut.core.models import WorkerHeartbeat
from ikut.core.worker import LOST, reclaim_lost_tasks
from tests.helpers import make_user, sign_in

pytestmark = pytest.mark.django_db


def running_task(worker_ids, started_seconds_ago=600):
    return DBTaskResult.objects.create(
        status="RUNNING", args_kwargs={"args": ["x"], "kwargs": {}}, task_path="ikut.core.tasks.ping_task",
        backend_name="default", run_after=datetime.datetime(9999, 1, 1, tzinfo=datetime.UTC),
        started_at=timezone.now() - datetime.timedelta(seconds=started_seconds_ago), worker_ids=worker_ids)


def test_task_of_a_silent_worker_is_put_back_with_a_delay(settings):
    settings.IKUT_WORKER_LOST_AFTER, settings.IKUT_TASK_RETRY_DELAY, settings.IKUT_TASK_MAX_ATTEMPTS = 60, 30, 5
    WorkerHeartbeat.objects.create(worker_id="dead", last_seen=timezone.now() - datetime.timedelta(minutes=5))
    WorkerHeartbeat.objects.create(worker_id="alive", last_seen=timezone.now())
    lost = running_task(["dead"])
    busy = running_task(["alive"], started_seconds_ago=3600)  # a long task of a live worker is left alone
    assert reclaim_lost_tasks() == 1
    lost.refresh_from_db()
    busy.refresh_from_db()
    assert lost.status == "READY" and lost.exception_class_path == LOST
    assert datetime.timedelta(seconds=25) < lost.run_after - timezone.now() <= datetime.timedelta(seconds=30)
    assert busy.status == "RUNNING"
    assert reclaim_lost_tasks() == 0  # nothing twice


def test_backoff_doubles_and_the_last_attempt_fails(settings):
    settings.IKUT_WORKER_LOST_AFTER, settings.IKUT_TASK_RETRY_DELAY, settings.IKUT_TASK_MAX_ATTEMPTS = 60, 30, 3
    second = running_task(["w1", "w2"])  # no heartbeat row at all (worker from before heartbeats), long started
    third = running_task(["w1", "w2", "w3"])
    fresh = running_task(["w9"], started_seconds_ago=5)  # unknown worker but just started: give it time
    assert reclaim_lost_tasks() == 2
    for task in (second, third, fresh):
        task.refresh_from_db()
    assert second.status == "READY"
    assert datetime.timedelta(seconds=55) < second.run_after - timezone.now() <= datetime.timedelta(seconds=60)
    assert third.status == "FAILED" and third.finished_at is not None
    assert fresh.status == "RUNNING"


def test_administrators_see_failed_tasks_without_their_arguments(client, org):
    task = running_task(["w1"])
    DBTaskResult.objects.filter(pk=task.pk).update(status="FAILED", finished_at=timezone.now(),
                                                   exception_class_path="smtplib.SMTPException",
                                                   args_kwargs={"args": ["secret@example.org"], "kwargs": {}})
    sign_in(client, make_user(Role.ADMINISTRATOR, org))
    page = client.get(reverse("core:failed_tasks")).content.decode()
    assert str(task.pk) in page and "smtplib.SMTPException" in page and "ping_task" in page
    assert "secret@example.org" not in page
    DBTaskResult.objects.all().delete()
    assert 'id="failed-tasks-none"' in client.get(reverse("core:failed_tasks")).content.decode()

