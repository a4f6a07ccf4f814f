from django.db import models


class WorkerHeartbeat(models.Model):
    """A running `ikut worker` says it is alive every IKUT_WORKER_HEARTBEAT seconds. A task whose worker has
    been silent for IKUT_WORKER_LOST_AFTER seconds is reclaimed (ikut.core.worker.reclaim_lost_tasks)."""

    worker_id = models.CharField(max_length=64, unique=True)
    last_seen = models.DateTimeField(db_index=True)
