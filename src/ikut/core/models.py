from django.db import models


class WorkerHeartbeat(models.Model):
    """A running `ikut worker` says it is alive every IKUT_WORKER_HEARTBEAT seconds. A task whose worker has
    been silent for IKUT_WORKER_LOST_AFTER seconds is reclaimed (ikut.core.worker.reclaim_lost_tasks)."""

    worker_id = models.CharField(max_length=64, unique=True)
    last_seen = models.DateTimeField(db_index=True)


class ContentVersion(models.Model):
    """A stamp per kind of shared reference content ("taxonomy", "rights"), changed in the same transaction as
    every write to that content (ikut.core.versions). Each process keeps what it built from the content keyed
    by the stamp, so the next request in any process sees an edit."""

    name = models.CharField(max_length=40, primary_key=True)
    token = models.CharField(max_length=32)
